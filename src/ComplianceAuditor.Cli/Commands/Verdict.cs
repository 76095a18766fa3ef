using System.Globalization;
using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Evaluation;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// The audit's exit code: 1 when a framework scores below --fail-under, or when a critical
/// control fails that did not fail (at any severity) in the --baseline run; else 0.
/// </summary>
internal static class Verdict
{
    public static int ExitCode(AuditResult result, double? failUnder, IReadOnlySet<string>? failedBefore, CliConsole console)
    {
        var code = ExitCodes.Success;
        if (failUnder is { } threshold)
        {
            foreach (var framework in result.Frameworks.Where(f => f.Score is { } score && score < threshold))
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{framework.Framework.Id} scores {framework.Score:0.0}%, below --fail-under {threshold:0.#}%"));
                code = ExitCodes.BelowThreshold;
            }
        }

        if (failedBefore is not null)
        {
            // A control that failed then is not new even if the catalog has since raised it to critical.
            var now = result.Frameworks.SelectMany(f => f.Controls
                .Where(c => c.Control.Severity == Severity.Critical && c.Status == FindingStatus.Fail)
                .Select(c => $"{f.Framework.Id}/{c.Control.Id}"));
            foreach (var control in now.Where(c => !failedBefore.Contains(c)))
            {
                console.Error.WriteLine($"new critical failure since the baseline: {control}");
                code = ExitCodes.BelowThreshold;
            }
        }

        return code;
    }
}
