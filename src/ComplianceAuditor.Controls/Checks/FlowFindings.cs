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
    public const int RetainedFlows = Evaluation.Evidence.RetainedFlows;

    private readonly Dictionary<string, Kept> kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);

    /// <summary>Counts offending flows of a namespace without keeping them (see <see cref="KeptFor"/>).</summary>
    public void Count(string ns, int flowCount) => totals[ns] = totals.GetValueOrDefault(ns) + flowCount;

    /// <summary>
    /// The flows kept for a namespace, in the order they are found: callers that count in bulk
    /// (<see cref="Count"/>) build flows only while it is not full, and endpoints only while a flow is shown.
    /// </summary>
    public Kept KeptFor(string ns) => kept.TryGetValue(ns, out var existing) ? existing : kept[ns] = new Kept();

    /// <summary>One finding per namespace, in the order given; every namespace gets one, pass or fail.</summary>
    public IReadOnlyList<Finding> ToFindings(AuditContext context, IReadOnlyList<string> namespaces, Func<string, int, string> failMessage, Func<string, string> passMessage) =>
        [.. namespaces.Select(ns => totals.GetValueOrDefault(ns) > 0
            ? CheckFindings.Namespace(FindingStatus.Fail, ns, failMessage(ns, totals[ns]), Evidence(context, kept[ns], totals[ns]))
            : CheckFindings.Namespace(FindingStatus.Pass, ns, passMessage(ns)))];

    private static Evidence Evidence(AuditContext context, Kept list, int total)
    {
        // Reasons cost an evaluation each: give them to the flows a reader will see.
        var evidence = ImmutableArray.CreateBuilder<FlowEvidence>(list.Flows.Count);
        for (var i = 0; i < list.Flows.Count; i++)
        {
            var flow = list.Flows[i];
            evidence.Add(i < list.Endpoints.Count ? flow with { AllowedBy = context.AllowedBy(list.Endpoints[i].Source, list.Endpoints[i].Destination, flow.Ports) } : flow);
        }

        return new Evidence { Flows = evidence.MoveToImmutable(), Total = total };
    }

    /// <summary>
    /// A namespace's kept flows, and the endpoints of those shown. Flows alone, one reference each,
    /// keep the growing list off the large object heap for all but the longest lists.
    /// </summary>
    internal sealed class Kept
    {
        public List<FlowEvidence> Flows { get; } = [];

        public List<(Endpoint Source, Endpoint Destination)> Endpoints { get; } = [];

        /// <summary>No more flows are kept (<see cref="RetainedFlows"/>); only the count grows.</summary>
        public bool IsFull => Flows.Count >= RetainedFlows;

        /// <summary>The next flow is shown with the rules that allow it, and so needs its endpoints; most flows need none.</summary>
        public bool IsShown => Flows.Count < Evaluation.Evidence.ShownItems;

        /// <summary>Keeps a flow already counted, unless full; the endpoints are needed only while <see cref="IsShown"/>.</summary>
        public void Add(Endpoint? source, Endpoint? destination, FlowEvidence flow)
        {
            if (IsFull)
            {
                return;
            }

            if (IsShown)
            {
                Endpoints.Add((source!, destination!));
            }

            Flows.Add(flow);
        }
    }
}
