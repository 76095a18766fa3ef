using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Reports.Diff;

/// <summary>Every finding of a run by its <see cref="FindingKey"/>, and which frameworks, controls and checks the run had.</summary>
public sealed class FindingIndex
{
    private readonly Dictionary<FindingKey, IndexedFinding> findings = [];
    private readonly HashSet<string> frameworks = new(StringComparer.Ordinal);
    private readonly HashSet<(string Framework, string Control)> controls = [];
    private readonly HashSet<(string Framework, string Control, string Check, int Ordinal)> checks = [];

    public FindingIndex(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var framework in report.Frameworks)
        {
            frameworks.Add(framework.Id);
            foreach (var control in framework.Controls)
            {
                controls.Add((framework.Id, control.Id));
                AddControl(framework.Id, control);
            }
        }
    }

    public IReadOnlyDictionary<FindingKey, IndexedFinding> Findings => findings;

    /// <summary>Why a finding of the other run has no counterpart here: the framework, control, check or subject is gone.</summary>
    public string Absence(FindingKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return !frameworks.Contains(key.Framework) ? "framework-gone"
            : !controls.Contains((key.Framework, key.Control)) ? "control-gone"
            : !checks.Contains((key.Framework, key.Control, key.Check, key.CheckOrdinal)) ? "check-gone"
            : "subject-gone";
    }

    private void AddControl(string framework, ControlInfo control)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var check in control.Checks)
        {
            var ordinal = ordinals[check.Type] = ordinals.GetValueOrDefault(check.Type) + 1;
            checks.Add((framework, control.Id, check.Type, ordinal));
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var finding in check.Findings)
            {
                var occurrence = occurrences[finding.Subject] = occurrences.GetValueOrDefault(finding.Subject) + 1;
                var key = new FindingKey(framework, control.Id, check.Type, ordinal, finding.Subject, occurrence);
                findings[key] = new IndexedFinding(key, control, finding);
            }
        }
    }
}
