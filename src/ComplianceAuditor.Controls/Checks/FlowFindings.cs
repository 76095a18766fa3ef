using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// Collects the offending flows of a flow check by the namespace each finding is about, then makes
/// one finding per namespace: fail with the flows as evidence, or pass. Inbound (<see cref="FlowScan"/>)
/// and outbound (<see cref="EgressScan"/>) checks share it so their evidence looks the same.
/// </summary>
internal sealed class FlowFindings
{
    /// <summary>Offending flows kept per finding; beyond this only the count grows (waivers then cannot clear the finding).</summary>
    public const int RetainedFlows = 10_000;

    private readonly Dictionary<string, List<(Endpoint Source, Endpoint Destination, FlowEvidence Flow)>> flows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);

    public void Add(string ns, Endpoint source, Endpoint destination, FlowEvidence flow)
    {
        totals[ns] = totals.GetValueOrDefault(ns) + 1;
        var list = flows.TryGetValue(ns, out var existing) ? existing : flows[ns] = [];
        if (list.Count < RetainedFlows)
        {
            list.Add((source, destination, flow));
        }
    }

    /// <summary>One finding per namespace, in the order given; every namespace gets one, pass or fail.</summary>
    public IReadOnlyList<Finding> ToFindings(AuditContext context, IReadOnlyList<string> namespaces, Func<string, int, string> failMessage, Func<string, string> passMessage) =>
        [.. namespaces.Select(ns => flows.TryGetValue(ns, out var list)
            ? CheckFindings.Namespace(FindingStatus.Fail, ns, failMessage(ns, totals[ns]), Evidence(context, list, totals[ns]))
            : CheckFindings.Namespace(FindingStatus.Pass, ns, passMessage(ns)))];

    private static Evidence Evidence(AuditContext context, List<(Endpoint Source, Endpoint Destination, FlowEvidence Flow)> list, int total)
    {
        // Reasons cost an evaluation each: give them to the flows a reader will see.
        var evidence = list.Select((f, i) => i < Evaluation.Evidence.ShownItems
            ? f.Flow with { AllowedBy = context.AllowedBy(f.Source, f.Destination, f.Flow.Ports) }
            : f.Flow);
        return new Evidence { Flows = [.. evidence], Total = total };
    }
}
