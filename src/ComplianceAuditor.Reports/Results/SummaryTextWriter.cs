using System.Globalization;
using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Reports.Results;

/// <summary>The summary `audit` prints: scores per framework, failing controls, what was not evaluated, scope and waivers.</summary>
public static class SummaryTextWriter
{
    public static void Write(TextWriter output, AuditResult result, string resultsPath)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var context = result.Context;
        var lines = new List<string>
        {
            $"audit at {ResultsJsonWriter.Time(result.AuditedAt)}: {context.Inventory.Peers.Length} peers, {context.Inventory.Namespaces.Count} namespaces, {context.Policies.Policies.Length} policies",
        };
        lines.AddRange(Input(context));
        lines.AddRange(
        [
            string.Empty,
            $"{"framework",-34} {"score",7} {"pass",5} {"fail",5} {"waived",7} {"n/a",4} {"not-eval",9}",
        ]);
        lines.AddRange(result.Frameworks.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{Clip($"{f.Framework.Name} {f.Framework.Version}", 34),-34} {Score(f.Score),7} {f.Count(FindingStatus.Pass),5} {f.Count(FindingStatus.Fail),5} {f.Count(FindingStatus.Waived),7} {f.Count(FindingStatus.NotApplicable),4} {f.Count(FindingStatus.NotEvaluated),9}")));
        AddControls(lines, result, FindingStatus.Fail, "failing controls");
        AddControls(lines, result, FindingStatus.NotEvaluated, "controls not evaluated");
        lines.Add(string.Empty);
        lines.Add(context.Zones.UnzonedNamespaces.IsEmpty
            ? "every namespace is in a zone"
            : $"namespaces in no zone (reported, not ignored): {string.Join(", ", context.Zones.UnzonedNamespaces)}");
        lines.Add($"waivers: {result.Waivers.Applied.Length} applied, {result.Waivers.Expired.Length} expired (not applied), {result.Waivers.Unused.Length} unused");
        lines.Add($"results: {resultsPath}");
        foreach (var line in lines)
        {
            output.Write(Printable.Escape(line));
            output.Write('\n');
        }
    }

    /// <summary>What was audited, so the summary can be tied to the evidence: sources, files and hashes, and what was not seen.</summary>
    private static IEnumerable<string> Input(AuditContext context)
    {
        var snapshot = context.Snapshot;
        foreach (var source in snapshot.Sources)
        {
            yield return $"input: snapshot of {source.ApiServer} taken {ResultsJsonWriter.Time(source.TakenAt)} (sha256 {source.Sha256})";
        }

        foreach (var file in snapshot.Files.Where(f => !snapshot.Sources.Any(s => s.File == f.Path)))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"input: {file.Path} ({file.Bytes} bytes, sha256 {file.Sha256})");
        }

        if (!snapshot.IsComplete)
        {
            yield return $"INPUT INCOMPLETE: not read: {string.Join(", ", snapshot.Gaps.Select(g => g.Resource))}; checks that depend on them are not evaluated";
        }

        if (!snapshot.Unevaluated.IsEmpty)
        {
            yield return $"NOT EVALUATED: {snapshot.Unevaluated.Length} policy object(s) of kinds the engine does not evaluate (see results.json input.unevaluated)";
        }
    }

    private static void AddControls(List<string> lines, AuditResult result, FindingStatus status, string heading)
    {
        var controls = result.Frameworks.SelectMany(f => f.Controls.Where(c => c.Status == status).Select(c => (f.Framework, Control: c)))
            .OrderByDescending(x => x.Control.Control.Severity).ToList();
        if (controls.Count == 0)
        {
            return;
        }

        lines.Add(string.Empty);
        lines.Add($"{heading}:");
        foreach (var (framework, control) in controls)
        {
            var worst = control.Findings.Where(f => f.Status == status).ToList();
            lines.Add($"  {framework.Id}/{control.Control.Id} [{Severity(control.Control.Severity)}] {control.Control.Title}: {worst.Count} finding(s); e.g. {worst[0].Message}");
        }
    }

    private static string Severity(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Score(double? score) => score is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s:0.0}%") : "-";

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
