using System.Collections.Immutable;
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

    private readonly Dictionary<string, List<(Endpoint? Source, Endpoint? Destination, FlowEvidence Flow)>> flows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);

    /// <summary>Counts offending flows of a namespace without keeping them (see <see cref="Retain"/>).</summary>
    public void Count(string ns, int flowCount) => totals[ns] = totals.GetValueOrDefault(ns) + flowCount;

    /// <summary>Whether a namespace keeps no more flows: callers that count in bulk then need not build them.</summary>
    public bool IsFull(string ns) => Retained(ns) >= RetainedFlows;

    /// <summary>
    /// Whether the next flow kept for a namespace is shown with the rules that allow it, and so needs
    /// its endpoints; the others (most of them, on a large cluster) need not allocate any.
    /// </summary>
    public bool IsShown(string ns) => Retained(ns) < Evaluation.Evidence.ShownItems;

    /// <summary>
    /// Keeps a flow already counted, in the order flows are found, up to <see cref="RetainedFlows"/>
    /// per namespace. The endpoints are needed only while <see cref="IsShown"/>.
    /// </summary>
    public void Retain(string ns, Endpoint? source, Endpoint? destination, FlowEvidence flow)
    {
        var list = flows.TryGetValue(ns, out var existing) ? existing : flows[ns] = [];
        if (list.Count < RetainedFlows)
        {
            list.Add((source, destination, flow));
        }
    }

    /// <summary>One finding per namespace, in the order given; every namespace gets one, pass or fail.</summary>
    public IReadOnlyList<Finding> ToFindings(AuditContext context, IReadOnlyList<string> namespaces, Func<string, int, string> failMessage, Func<string, string> passMessage) =>
        [.. namespaces.Select(ns => totals.GetValueOrDefault(ns) > 0
            ? CheckFindings.Namespace(FindingStatus.Fail, ns, failMessage(ns, totals[ns]), Evidence(context, flows[ns], totals[ns]))
            : CheckFindings.Namespace(FindingStatus.Pass, ns, passMessage(ns)))];

    private int Retained(string ns) => flows.TryGetValue(ns, out var list) ? list.Count : 0;

    private static Evidence Evidence(AuditContext context, List<(Endpoint? Source, Endpoint? Destination, FlowEvidence Flow)> list, int total)
    {
        // Reasons cost an evaluation each: give them to the flows a reader will see.
        var evidence = ImmutableArray.CreateBuilder<FlowEvidence>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var (source, destination, flow) = list[i];
            evidence.Add(i < Evaluation.Evidence.ShownItems ? flow with { AllowedBy = context.AllowedBy(source!, destination!, flow.Ports) } : flow);
        }

        return new Evidence { Flows = evidence.MoveToImmutable(), Total = total };
    }
}
