using System.Text.Json;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// The controls that failed in an earlier run's results.json (<c>--baseline</c>). Read before the
/// cluster is, and strictly: a baseline that cannot be read is bad input (exit 2), never a reason
/// to find no new failure, and is reported before any run folder is written.
/// </summary>
internal static class Baseline
{
    /// <summary>The failing controls as "framework id/control id", or null (having said why) when the file is not a readable results.json.</summary>
    public static IReadOnlySet<string>? Read(string path, CliConsole console)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (Failing(document.RootElement) is { } failing)
            {
                return failing;
            }

            console.Error.WriteLine($"error: --baseline {path} is not a results.json: expected frameworks[] with a string id and controls[] with a string id and status");
        }
        catch (JsonException e)
        {
            console.Error.WriteLine($"error: --baseline {path} is not valid JSON: {e.Message}");
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"error: --baseline {path} cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            console.Error.WriteLine($"error: --baseline {path} cannot be read: {e.Message}");
        }

        return null;
    }

    private static HashSet<string>? Failing(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("frameworks", out var frameworks) || frameworks.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var failing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var framework in frameworks.EnumerateArray())
        {
            if (Text(framework, "id") is not { } id || !framework.TryGetProperty("controls", out var controls) || controls.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            foreach (var control in controls.EnumerateArray())
            {
                if (Text(control, "id") is not { } controlId || Text(control, "status") is not { } status)
                {
                    return null;
                }

                if (status == "fail")
                {
                    failing.Add($"{id}/{controlId}");
                }
            }
        }

        return failing;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
