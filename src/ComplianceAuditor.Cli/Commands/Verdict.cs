using System.Globalization;
using System.Text.Json;
using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Evaluation;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// The audit's exit code: 1 when a framework scores below --fail-under, or when a critical
/// control fails that did not fail in the --baseline run; else 0.
/// </summary>
internal static class Verdict
{
    public static int ExitCode(AuditResult result, AuditRequest request, CliConsole console)
    {
        var code = ExitCodes.Success;
        if (request.FailUnder is { } threshold)
        {
            foreach (var framework in result.Frameworks.Where(f => f.Score is { } score && score < threshold))
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{framework.Framework.Id} scores {framework.Score:0.0}%, below --fail-under {threshold:0.#}%"));
                code = ExitCodes.BelowThreshold;
            }
        }

        if (request.Baseline is { } baseline)
        {
            var before = FailingCritical(baseline);
            var now = result.Frameworks.SelectMany(f => f.Controls
                .Where(c => c.Control.Severity == Severity.Critical && c.Status == FindingStatus.Fail)
                .Select(c => $"{f.Framework.Id}/{c.Control.Id}"));
            foreach (var control in now.Where(c => !before.Contains(c)))
            {
                console.Error.WriteLine($"new critical failure since the baseline: {control}");
                code = ExitCodes.BelowThreshold;
            }
        }

        return code;
    }

    /// <summary>The critical controls that failed in an earlier results.json.</summary>
    private static HashSet<string> FailingCritical(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. document.RootElement.GetProperty("frameworks").EnumerateArray().SelectMany(f => f.GetProperty("controls").EnumerateArray()
            .Where(c => c.GetProperty("severity").GetString() == "critical" && c.GetProperty("status").GetString() == "fail")
            .Select(c => $"{f.GetProperty("id").GetString()}/{c.GetProperty("id").GetString()}"))];
    }
}
