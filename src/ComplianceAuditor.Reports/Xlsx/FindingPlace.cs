using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>A finding with the framework, control and check it belongs to, in results.json order.</summary>
internal readonly record struct FindingPlace(FrameworkInfo Framework, ControlInfo Control, CheckInfo Check, FindingInfo Finding)
{
    public static IEnumerable<FindingPlace> All(AuditReport report) =>
        from framework in report.Frameworks
        from control in framework.Controls
        from check in control.Checks
        from finding in check.Findings
        select new FindingPlace(framework, control, check, finding);

    /// <summary>How many evidence items results.json lists for the finding; fewer than its total when capped.</summary>
    public int Listed
    {
        get
        {
            var evidence = Finding.Evidence;
            return evidence.Flows.Length + evidence.Pods.Length + evidence.Policies.Length + evidence.Objects.Length;
        }
    }
}
