using System.Globalization;
using ComplianceAuditor.Reports.Results;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Reports.Diff;

/// <summary>
/// <c>diff --format text</c>: the counts first, then one section per kind of change. Every line
/// goes through <see cref="Printable.Escape"/>: subjects, messages and policy names are cluster data.
/// </summary>
public static class DiffTextWriter
{
    public static void Write(TextWriter output, RunDiff diff)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diff);
        var lines = new List<string>
        {
            $"diff: A audited {ResultsJsonWriter.Time(diff.AuditedAtBefore)} (results {diff.SchemaVersionBefore}) -> B audited {ResultsJsonWriter.Time(diff.AuditedAtAfter)} (results {diff.SchemaVersionAfter})",
            Counts(diff),
        };
        Section(lines, "new failing findings (failing in B, not in A)", diff.NewFailing, New);
        Section(lines, "resolved (failing in A; passing, waived or not applicable in B)", diff.Resolved, Resolved);
        Section(lines, "no longer evaluated (failing in A, not evaluated in B: NOT fixed, only no longer seen)", diff.NoLongerEvaluated, Evidence);
        Section(lines, "gone from B (failing in A, no counterpart in B: not comparable, NOT counted as resolved)", diff.GoneFromB, Gone);
        Section(lines, "still open (failing in both)", diff.StillOpen, Evidence);
        Scores(lines, diff);
        Policies(lines, diff.Policies);
        foreach (var line in lines)
        {
            output.Write(Printable.Escape(line));
            output.Write('\n');
        }
    }

    private static string Counts(RunDiff diff)
    {
        var policies = diff.Policies.Comparable
            ? $"policies: {diff.Policies.Added.Length} added, {diff.Policies.Removed.Length} removed, {diff.Policies.Modified.Length} modified"
            : "policies: not comparable";
        return $"new failing: {diff.NewFailing.Length} ({diff.NewCriticalOrHigh} critical or high), resolved: {diff.Resolved.Length}, "
            + $"no longer evaluated: {diff.NoLongerEvaluated.Length}, gone from B: {diff.GoneFromB.Length}, still open: {diff.StillOpen.Length}, frameworks with score changes: {diff.Scores.Length}, {policies}";
    }

    private static void Section(List<string> lines, string title, IReadOnlyCollection<FindingChange> changes, Func<FindingChange, string> detail)
    {
        if (changes.Count == 0)
        {
            return;
        }

        lines.Add(string.Empty);
        lines.Add($"{title}: {changes.Count}");
        foreach (var change in changes)
        {
            lines.Add($"  [{change.Severity}] {change.Key}{detail(change)}");
            lines.Add($"      {change.Message}");
        }
    }

    private static string New(FindingChange change) =>
        change.Before is { } before ? $" (was {before})" : " (not in A)";

    private static string Resolved(FindingChange change) => change.Resolution is { } status ? $" -> {status}" : string.Empty;

    private static string Gone(FindingChange change) => change.Resolution switch
    {
        "framework-gone" => ": the framework is not in B",
        "control-gone" => ": the control is not in B's catalog",
        "check-gone" => ": the check is not in B's catalog",
        "subject-gone" => ": the subject no longer exists (or was renamed)",
        _ => string.Empty,
    };

    private static string Evidence(FindingChange change) =>
        change.TotalBefore == change.TotalAfter
            ? $" (evidence total {change.TotalAfter})"
            : $" (evidence total {change.TotalBefore} -> {change.TotalAfter}, {Signed((change.TotalAfter ?? 0) - (change.TotalBefore ?? 0))})";

    private static void Scores(List<string> lines, RunDiff diff)
    {
        if (diff.Scores.IsEmpty)
        {
            return;
        }

        lines.Add(string.Empty);
        lines.Add("score changes:");
        foreach (var framework in diff.Scores)
        {
            lines.Add($"  {framework.Framework}: {Score(framework.Before, framework.After)}");
            foreach (var control in framework.Controls)
            {
                lines.Add($"    {control.Control} [{control.Severity}]: {Score(control.Before, control.After)}, {control.StatusBefore ?? "absent"} -> {control.StatusAfter ?? "absent"}");
            }
        }
    }

    private static void Policies(List<string> lines, PolicyChanges policies)
    {
        if (!policies.Comparable)
        {
            lines.Add(string.Empty);
            lines.Add(policies.NotComparable!);
            return;
        }

        if (policies.Added.IsEmpty && policies.Removed.IsEmpty && policies.Modified.IsEmpty)
        {
            return;
        }

        lines.Add(string.Empty);
        lines.Add("policy changes:");
        lines.AddRange(policies.Added.Select(p => $"  added: {p.Kind} {p.QualifiedName} ({p.ApiVersion})"));
        lines.AddRange(policies.Removed.Select(p => $"  removed: {p.Kind} {p.QualifiedName} ({p.ApiVersion})"));
        lines.AddRange(policies.Modified.Select(p => $"  modified: {p.Kind} {p.QualifiedName} ({p.ApiVersion}): spec sha256 {Short(p.Sha256Before)} -> {Short(p.Sha256After)}"));
    }

    private static string Score(double? before, double? after) =>
        $"{Percent(before)} -> {Percent(after)}{(DiffSchema.Delta(before, after) is { } delta ? $" ({Signed(delta)})" : string.Empty)}";

    private static string Percent(double? score) => score is { } value ? $"{value.ToString("0.0", CultureInfo.InvariantCulture)}%" : "n/a";

    private static string Signed(double value) => value.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture);

    private static string Short(string? sha256) => sha256 is null ? "unknown" : sha256[..Math.Min(12, sha256.Length)];
}
