using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>A finding with the framework, control and check it belongs to, in results.json order.</summary>
internal readonly record struct FindingPlace(FrameworkInfo Framework, ControlInfo Control, CheckInfo Check, FindingInfo Finding)
{
    public const int RetainedFlows = Controls.Evaluation.Evidence.RetainedFlows;

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

    /// <summary>
    /// Whether results.json lists the finding's evidence only in part: a list is at its cap and the
    /// total counts more. Total alone does not tell, since some checks count things they do not list
    /// (a default-deny finding counts the missing directions).
    /// </summary>
    public bool Capped
    {
        get
        {
            var evidence = Finding.Evidence;
            var full = evidence.Flows.Length + evidence.WaivedFlows.Length >= RetainedFlows
                || Math.Max(evidence.Pods.Length, Math.Max(evidence.Policies.Length, evidence.Objects.Length)) >= Controls.Evaluation.Evidence.ShownItems;
            return full && evidence.Total > Listed;
        }
    }
}
