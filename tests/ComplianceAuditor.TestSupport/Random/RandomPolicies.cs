using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.TestSupport.RandomClusters;

/// <summary>
/// Valid NetworkPolicies covering every shape the contract distinguishes: policyTypes missing,
/// empty or set; rule lists and from/to/ports lists missing, empty or filled; every peer form;
/// numeric, ranged, named and protocol-only ports with numbers in 1..12.
/// </summary>
internal static class RandomPolicies
{
    public static NetworkPolicy Policy(Dice dice, string ns, string name) => new(
        new ObjectMeta { Name = name, Namespace = ns },
        new NetworkPolicySpec
        {
            PodSelector = RandomLabels.Selector(dice, Vocabulary.PodSelectorKeys),
            PolicyTypes = dice.Weighted<ImmutableArray<PolicyType>?>(
                (30, null), (10, []), (20, [PolicyType.Ingress]), (20, [PolicyType.Egress]), (20, [PolicyType.Ingress, PolicyType.Egress])),
            Ingress = Rules(dice),
            Egress = Rules(dice),
        });

    private static ImmutableArray<NetworkPolicyRule>? Rules(Dice dice) => dice.Weighted((25, 0), (15, 1), (60, 2)) switch
    {
        0 => null,
        1 => [],
        _ => [.. Enumerable.Range(0, dice.Between(1, 3)).Select(_ => Rule(dice))],
    };

    private static NetworkPolicyRule Rule(Dice dice) => new()
    {
        Peers = dice.Weighted((20, 0), (10, 1), (70, 2)) switch
        {
            0 => null,
            1 => [],
            _ => [.. Enumerable.Range(0, dice.Between(1, 3)).Select(_ => Peer(dice))],
        },
        Ports = dice.Weighted((25, 0), (10, 1), (65, 2)) switch
        {
            0 => null,
            1 => [],
            _ => [.. Enumerable.Range(0, dice.Between(1, 3)).Select(_ => Port(dice))],
        },
    };

    private static NetworkPolicyPeer Peer(Dice dice) => dice.Weighted((30, 0), (25, 1), (20, 2), (25, 3)) switch
    {
        0 => new() { PodSelector = RandomLabels.Selector(dice, Vocabulary.PodSelectorKeys) },
        1 => new() { NamespaceSelector = RandomLabels.Selector(dice, Vocabulary.NamespaceSelectorKeys) },
        2 => new()
        {
            PodSelector = RandomLabels.Selector(dice, Vocabulary.PodSelectorKeys),
            NamespaceSelector = RandomLabels.Selector(dice, Vocabulary.NamespaceSelectorKeys),
        },
        _ => new() { IpBlock = RandomAddresses.Block(dice) },
    };

    private static NetworkPolicyPort Port(Dice dice)
    {
        var protocol = dice.Weighted((50, Protocol.TCP), (30, Protocol.UDP), (20, Protocol.SCTP));
        var start = dice.Between(1, RandomClusterGenerator.MaxPortNumber);
        return dice.Weighted((30, 0), (20, 1), (30, 2), (20, 3)) switch
        {
            0 => new() { Protocol = protocol, Port = start },
            // endPort must be at least port; equal is valid and a single port.
            1 => new() { Protocol = protocol, Port = start, EndPort = dice.Between(start, RandomClusterGenerator.MaxPortNumber) },
            2 => new() { Protocol = protocol, PortName = dice.Pick(Vocabulary.PolicyPortNames) },
            _ => new() { Protocol = protocol },
        };
    }
}
