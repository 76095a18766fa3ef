using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Controls.Waivers;

/// <summary>
/// Applies unexpired waivers to failed findings of their control. A namespace or policy waiver
/// covers the finding whole; a pods or flow waiver removes the flows and pods it covers, and the
/// finding is waived only when nothing offending is left.
/// </summary>
internal sealed class WaiverApplier(AuditContext context, IReadOnlyList<Waiver> waivers)
{
    private readonly Dictionary<Waiver, (int Findings, int Flows)> uses = new(ReferenceEqualityComparer.Instance);

    public Finding Apply(string controlKey, Finding finding)
    {
        if (finding.Status != FindingStatus.Fail)
        {
            return finding;
        }

        var applicable = waivers.Where(w => w.Control == controlKey && !w.IsExpired(context.Now)).ToList();
        var whole = applicable.FirstOrDefault(w => CoversWhole(w.Target, finding));
        if (whole is not null)
        {
            Use(whole, findings: 1, flows: finding.Evidence.Flows.Length);
            return finding with { Status = FindingStatus.Waived, WaivedBy = whole.Id };
        }

        return applicable.Aggregate(finding, RemoveCovered);
    }

    public WaiverReport Report() => new(
        [.. waivers.Where(uses.ContainsKey).Select(w => (w, uses[w].Findings, uses[w].Flows))],
        [.. waivers.Where(w => w.IsExpired(context.Now))],
        [.. waivers.Where(w => !w.IsExpired(context.Now) && !uses.ContainsKey(w))]);

    private static bool CoversWhole(WaiverTarget target, Finding finding) => target switch
    {
        NamespaceWaiverTarget ns => finding.Namespace == ns.Namespace,
        PolicyWaiverTarget policy => finding.Policy == policy.Policy,
        _ => false,
    };

    private Finding RemoveCovered(Finding finding, Waiver waiver)
    {
        if (finding.Status != FindingStatus.Fail || waiver.Target is not (PodsWaiverTarget or FlowWaiverTarget))
        {
            return finding;
        }

        var evidence = finding.Evidence;
        var waivedFlows = evidence.Flows.Where(f => Covers(waiver.Target, f)).ToImmutableArray();
        var waivedPods = evidence.Pods.Where(p => waiver.Target is PodsWaiverTarget pods && IsPod(pods, p)).ToImmutableArray();
        if (waivedFlows.IsEmpty && waivedPods.IsEmpty)
        {
            return finding;
        }

        Use(waiver, findings: 0, flows: waivedFlows.Length + waivedPods.Length);
        var rest = evidence with
        {
            Flows = WithReasons(evidence.Flows.Except(waivedFlows)),
            Pods = [.. evidence.Pods.Except(waivedPods)],
            WaivedFlows = [.. evidence.WaivedFlows, .. waivedFlows],
            Total = evidence.Total - waivedFlows.Length - waivedPods.Length,
        };

        // Waived only when nothing offending is left, and nothing was beyond what was retained.
        var cleared = rest.Total <= 0 && rest.Flows.IsEmpty && rest.Pods.IsEmpty && rest.Policies.IsEmpty && rest.Objects.IsEmpty;
        if (cleared)
        {
            uses[waiver] = (uses[waiver].Findings + 1, uses[waiver].Flows);
        }

        var covered = waivedFlows.Length + waivedPods.Length;
        return finding with
        {
            Evidence = rest with { Total = Math.Max(rest.Total, 0) },
            Status = cleared ? FindingStatus.Waived : FindingStatus.Fail,
            WaivedBy = cleared ? waiver.Id : finding.WaivedBy,
            Message = $"{finding.Message} ({covered} of them covered by waiver {waiver.Id})",
        };
    }

    /// <summary>
    /// Checks give reasons only to the flows a reader sees; flows that move into view once waived
    /// ones leave get theirs here, so no shown flow reads as allowed by nothing.
    /// </summary>
    private ImmutableArray<FlowEvidence> WithReasons(IEnumerable<FlowEvidence> flows) =>
        [.. flows.Select((flow, i) => i < Evidence.ShownItems && flow.AllowedBy.IsEmpty && EndpointOf(flow.Source) is { } source && EndpointOf(flow.Destination) is { } destination
            ? flow with { AllowedBy = context.AllowedBy(source, destination, flow.Ports) }
            : flow)];

    /// <summary>A flow end by the name evidence gives it: a peer, or the first address of a range (as the checks evaluate it).</summary>
    private Endpoint? EndpointOf(string name) =>
        context.Inventory.Find(name) is { } peer ? Endpoint.Of(peer)
        : FlowEnd.Addresses(name) is { } range ? Endpoint.Of(range.First)
        : null;

    private bool Covers(WaiverTarget target, FlowEvidence flow) => target switch
    {
        FlowWaiverTarget f => Matches(f.From, flow.Source) && Matches(f.To, flow.Destination) && flow.Ports.Except(f.Ports).IsEmpty,
        PodsWaiverTarget pods => IsPod(pods, flow.Source) || IsPod(pods, flow.Destination),
        _ => false,
    };

    private bool IsPod(PodsWaiverTarget target, string name) =>
        name.StartsWith(target.Namespace + "/", StringComparison.Ordinal) && LabelsOf(name) is { } labels && target.Selector.Matches(labels);

    /// <summary>A peer's labels, or a (host-network) pod's, by display name.</summary>
    private LabelSet? LabelsOf(string name) =>
        context.Inventory.Find(name)?.Labels
        ?? context.Snapshot.Pods.FirstOrDefault(p => p.Metadata.QualifiedName == name)?.Metadata.Labels;

    private static bool Matches(string pattern, string endpoint)
    {
        if (pattern == endpoint)
        {
            return true;
        }

        if (pattern.EndsWith("/*", StringComparison.Ordinal))
        {
            return endpoint.StartsWith(pattern[..^1], StringComparison.Ordinal);
        }

        return FlowEnd.Addresses(pattern) is { } outer && FlowEnd.Addresses(endpoint) is { } inner && outer.Contains(inner.First) && outer.Contains(inner.Last);
    }

    private void Use(Waiver waiver, int findings, int flows)
    {
        var (f, n) = uses.GetValueOrDefault(waiver);
        uses[waiver] = (f + findings, n + flows);
    }
}
