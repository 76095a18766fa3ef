using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Explain;

/// <summary>
/// Evaluates one connection directly over the compiled policies, keeping every reason. The bulk
/// engine answers the same question for all pairs at once through classes; both use the same
/// compiled matchers.
/// </summary>
public sealed class ConnectionEvaluator(CompiledPolicySet policies, PeerInventory inventory)
{
    public ConnectionVerdict Evaluate(Endpoint source, Endpoint destination)
    {
        var egress = source is PeerEndpoint from ? Evaluate(PolicyType.Egress, from.Peer, destination, DestinationPorts(destination)) : null;
        var ingress = destination is PeerEndpoint to ? Evaluate(PolicyType.Ingress, to.Peer, source, to.Peer.ContainerPorts) : null;
        return new ConnectionVerdict(source, destination, egress, ingress);
    }

    /// <summary>The policies in the peer's namespace that select it and affect the direction.</summary>
    public ImmutableArray<CompiledPolicy> IsolatingPolicies(Peer peer, PolicyType direction) =>
        [.. policies.InNamespace(peer.Namespace).Where(p => p.Affects(direction) && p.PodSelector.Matches(peer.Labels))];

    private DirectionVerdict Evaluate(PolicyType direction, Peer subject, Endpoint other, ImmutableArray<ContainerPort>? destinationPorts)
    {
        var isolating = IsolatingPolicies(subject, direction);
        if (isolating.IsEmpty)
        {
            return new DirectionVerdict(direction, [], [], ProtocolPortSet.All);
        }

        var matches = ImmutableArray.CreateBuilder<RuleMatch>();
        var allowed = ProtocolPortSet.Empty;
        foreach (var rule in isolating.SelectMany(p => p.Rules(direction)))
        {
            var peerIndex = FirstMatch(rule, other);
            if (peerIndex < 0)
            {
                continue;
            }

            var ports = rule.ResolvePorts(destinationPorts);
            matches.Add(new RuleMatch(rule, rule.Source.AllowsAllPeers ? -1 : peerIndex, ports));
            allowed = allowed.Union(ports);
        }

        return new DirectionVerdict(direction, isolating, matches.ToImmutable(), allowed);
    }

    private int FirstMatch(CompiledRule rule, Endpoint other)
    {
        for (var i = 0; i < rule.Peers.Length; i++)
        {
            if (rule.Peers[i].Matches(other, inventory))
            {
                return i;
            }
        }

        return -1;
    }

    private static ImmutableArray<ContainerPort>? DestinationPorts(Endpoint destination) =>
        destination is PeerEndpoint peer ? peer.Peer.ContainerPorts : null;
}
