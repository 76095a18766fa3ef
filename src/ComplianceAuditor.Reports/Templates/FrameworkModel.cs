using ComplianceAuditor.Reports.Model;
using Scriban.Runtime;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// Frameworks, their controls and the findings of each control as templates see them. Findings and
/// evidence are capped (see <see cref="TemplateLimits"/>) and each cap carries the count left out.
/// </summary>
internal sealed class FrameworkModel(ModelValues values, TemplateLimits limits)
{
    private static readonly string[] Statuses = ["pass", "fail", "waived", "not-applicable", "not-evaluated"];

    public ScriptObject Framework(FrameworkInfo framework, int index)
    {
        var controls = framework.Controls.Select((c, i) => (Info: c, Value: Control(c, $"c{index + 1}-{i + 1}"))).ToList();
        var counts = new ScriptObject();
        foreach (var status in Statuses)
        {
            counts.Add(status.Replace('-', '_'), framework.Controls.Count(c => c.Status == status));
        }

        var failing = controls.Where(c => c.Info.Status == "fail").OrderBy(c => ModelValues.SeverityRank(c.Info.Severity));
        return ModelValues.Object(
            ("id", values.Text(framework.Id)),
            ("name", values.Text(framework.Name)),
            ("version", values.Text(framework.Version)),
            ("source", values.Optional(framework.Source)),
            ("score", framework.Score),
            ("score_text", ModelValues.Score(framework.Score)),
            ("status", values.Text(framework.Status)),
            ("status_label", values.Text(ModelValues.StatusLabel(framework.Status))),
            ("anchor", $"f{index + 1}"),
            ("counts", counts),
            ("controls", values.List(controls, c => c.Value)),
            ("failing", values.List(failing, c => c.Value)));
    }

    private ScriptObject Control(ControlInfo control, string anchor)
    {
        var findings = control.Checks.SelectMany(c => c.Findings).ToList();
        var open = findings.Where(f => f.Status is not ("pass" or "not-applicable")).ToList();
        return ModelValues.Object(
            ("id", values.Text(control.Id)),
            ("title", values.Text(control.Title)),
            ("severity", values.Text(control.Severity)),
            ("status", values.Text(control.Status)),
            ("status_label", values.Text(ModelValues.StatusLabel(control.Status))),
            ("score", control.Score),
            ("score_text", ModelValues.Score(control.Score)),
            ("description", values.Text(control.Description)),
            ("rationale", values.Optional(control.Rationale)),
            ("remediation", values.Optional(control.Remediation)),
            ("anchor", anchor),
            ("check_types", values.Texts(control.Checks.Select(c => c.Type).Distinct(StringComparer.Ordinal))),
            ("findings", values.List(open.Take(limits.FindingsPerControl), Finding)),
            ("findings_open", open.Count),
            ("findings_more", Math.Max(0, open.Count - limits.FindingsPerControl)),
            ("findings_passed", findings.Count(f => f.Status == "pass")),
            ("findings_not_applicable", findings.Count(f => f.Status == "not-applicable")));
    }

    private ScriptObject Finding(FindingInfo finding)
    {
        var evidence = finding.Evidence;
        var cap = limits.ItemsPerFinding;
        return ModelValues.Object(
            ("status", values.Text(finding.Status)),
            ("status_label", values.Text(ModelValues.StatusLabel(finding.Status))),
            ("subject", values.Text(finding.Subject)),
            ("namespace", values.Optional(finding.Namespace)),
            ("policy", values.Optional(finding.Policy)),
            ("message", values.Text(finding.Message)),
            ("waived_by", values.Optional(finding.WaivedBy)),
            ("flows", values.List(evidence.Flows.Take(cap), Flow)),
            ("waived_flows", values.List(evidence.WaivedFlows.Take(cap), Flow)),
            ("waived_flows_more", Math.Max(0, evidence.WaivedFlows.Length - cap)),
            ("pods", values.Texts(evidence.Pods.Take(cap))),
            ("policies", values.Texts(evidence.Policies.Take(cap))),
            ("objects", values.Texts(evidence.Objects.Take(cap))),
            ("total", evidence.Total),
            ("more", More(evidence, cap)));
    }

    /// <summary>
    /// Evidence left out: beyond the cap in a list, or beyond the lists (results.json keeps 50 of
    /// <see cref="EvidenceInfo.Total"/>). Total counts the finding's one kind of evidence (flows,
    /// pods or objects; policies may ride along), so it is compared with the longest list shown.
    /// </summary>
    private static int More(EvidenceInfo evidence, int cap)
    {
        int[] lengths = [evidence.Flows.Length, evidence.Pods.Length, evidence.Policies.Length, evidence.Objects.Length];
        if (lengths.All(l => l == 0))
        {
            return 0;
        }

        var capped = lengths.Max(l => l - Math.Min(l, cap));
        return Math.Max(capped, evidence.Total - lengths.Max(l => Math.Min(l, cap)));
    }

    private ScriptObject Flow(FlowInfo flow) => ModelValues.Object(
        ("src", values.Text(flow.Src)),
        ("dst", values.Text(flow.Dst)),
        ("ports", values.Text(flow.Ports)),
        ("allowed_by", values.Texts(flow.AllowedBy)));
}
