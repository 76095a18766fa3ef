using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Retention;

/// <summary>
/// Writes runs.json (fields in a fixed order, times in UTC to the second) and reads it back; a file
/// that is not this format is reported, never half-read, and the caller rebuilds it from the folders.
/// </summary>
internal static class RunIndexJson
{
    public const string FileName = "runs.json";

    public const string SchemaVersion = "1.0";

    public static void Write(Stream output, IEnumerable<RunRecord> runs)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("schemaVersion", SchemaVersion);
        json.WriteStartArray("runs");
        foreach (var run in runs)
        {
            WriteRun(json, run);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The runs, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static List<RunRecord>? Read(string path, out string? error)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: not a readable runs.json: {e.Message}";
            return null;
        }

        return Read(bytes, path, out error);
    }

    /// <summary>The runs in <paramref name="bytes"/> (read from <paramref name="path"/>), for a caller that also hashes what it read.</summary>
    public static List<RunRecord>? Read(byte[] bytes, string path, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != SchemaVersion)
            {
                error = $"{path}: not a runs.json of schema {SchemaVersion}";
                return null;
            }

            error = null;
            return [.. root.GetProperty("runs").EnumerateArray().Select(ReadRun)];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            error = $"{path}: not a readable runs.json: {e.Message}";
            return null;
        }
    }

    private static void WriteRun(Utf8JsonWriter json, RunRecord run)
    {
        json.WriteStartObject();
        json.WriteString("folder", run.Folder);
        json.WriteString("kind", run.Kind);
        WriteTime(json, "auditedAt", run.AuditedAt);
        WriteTime(json, "createdAt", run.CreatedAt);
        json.WriteString("cluster", run.Cluster);
        json.WriteStartObject("scores");
        foreach (var (framework, score) in run.Scores)
        {
            if (score is { } value)
            {
                json.WriteNumber(framework, value);
            }
            else
            {
                json.WriteNull(framework);
            }
        }

        json.WriteEndObject();
        json.WriteString("manifestSha256", run.ManifestSha256);
        if (run.ExitCode is { } code)
        {
            json.WriteNumber("exitCode", code);
        }
        else
        {
            json.WriteNull("exitCode");
        }

        json.WriteString("status", run.Status);
        json.WriteBoolean("tampered", run.Status == RunStatus.Tampered);
        WriteTime(json, "prunedAt", run.PrunedAt);
        json.WriteStartArray("problems");
        run.Problems.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static RunRecord ReadRun(JsonElement run) => new()
    {
        Folder = run.GetProperty("folder").GetString() ?? throw new FormatException("a run without a folder"),
        Kind = run.GetProperty("kind").GetString(),
        AuditedAt = Time(run.GetProperty("auditedAt")),
        CreatedAt = Time(run.GetProperty("createdAt")),
        Cluster = run.GetProperty("cluster").GetString(),
        Scores = run.GetProperty("scores").EnumerateObject()
            .ToImmutableSortedDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? (double?)null : p.Value.GetDouble(), StringComparer.Ordinal),
        ManifestSha256 = run.GetProperty("manifestSha256").GetString(),
        ExitCode = run.GetProperty("exitCode").ValueKind == JsonValueKind.Null ? null : run.GetProperty("exitCode").GetInt32(),
        Status = run.GetProperty("status").GetString() ?? throw new FormatException("a run without a status"),
        PrunedAt = Time(run.GetProperty("prunedAt")),
        Problems = [.. run.GetProperty("problems").EnumerateArray().Select(p => p.GetString() ?? string.Empty)],
    };

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            json.WriteString(name, UtcTime.Text(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static DateTimeOffset? Time(JsonElement value) => value.ValueKind == JsonValueKind.Null
        ? null
        : DateTimeOffset.Parse(value.GetString() ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
