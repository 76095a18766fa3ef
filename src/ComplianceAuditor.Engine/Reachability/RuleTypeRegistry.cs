using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Interns the peer matchers and rule types of every rule that counts (a rule counts only in a
/// direction its policy affects), and maps each policy to its rule types per direction.
/// </summary>
internal sealed class RuleTypeRegistry
{
    private readonly Interner<PeerMatcher> peers = new();
    private readonly Interner<(IntArrayKey Peers, SequenceKey<PortMatcher> Ports)>[] typeKeys = [new(), new()];
    private readonly List<RuleType>[] types = [[], []];
    private readonly Dictionary<CompiledPolicy, int[]>[] policyTypes = [new(ReferenceEqualityComparer.Instance), new(ReferenceEqualityComparer.Instance)];
    private readonly HashSet<int>[] peersUsed = [[], []];

    public RuleTypeRegistry(CompiledPolicySet policies)
    {
        foreach (var policy in policies.Policies)
        {
            foreach (var direction in (PolicyType[])[PolicyType.Ingress, PolicyType.Egress])
            {
                var rules = policy.Rules(direction);
                var ids = new int[policy.Affects(direction) ? rules.Length : 0];
                for (var i = 0; i < ids.Length; i++)
                {
                    ids[i] = Register(direction, rules[i]);
                }

                policyTypes[(int)direction][policy] = SortedDistinct(ids);
            }
        }
    }

    public IReadOnlyList<PeerMatcher> Peers => peers.Values;

    public IReadOnlyList<RuleType> Types(PolicyType direction) => types[(int)direction];

    public int[] TypesOf(CompiledPolicy policy, PolicyType direction) => policyTypes[(int)direction][policy];

    /// <summary>Whether a peer matcher appears in some counted rule of the direction.</summary>
    public bool IsUsed(int peerId, PolicyType direction) => peersUsed[(int)direction].Contains(peerId);

    private int Register(PolicyType direction, CompiledRule rule)
    {
        var peerIds = new int[rule.Peers.Length];
        for (var i = 0; i < peerIds.Length; i++)
        {
            peerIds[i] = peers.Intern(rule.Peers[i]);
            peersUsed[(int)direction].Add(peerIds[i]);
        }

        peerIds = SortedDistinct(peerIds);
        var id = typeKeys[(int)direction].Intern((new IntArrayKey(peerIds), new SequenceKey<PortMatcher>(rule.Ports)));
        var list = types[(int)direction];
        if (id == list.Count)
        {
            list.Add(new RuleType(id, peerIds, rule.Ports));
        }

        return id;
    }

    /// <summary>Sorts in place and drops repeats; most arrays here hold one or two ids.</summary>
    private static int[] SortedDistinct(int[] ids)
    {
        if (ids.Length < 2)
        {
            return ids;
        }

        Array.Sort(ids);
        var kept = 1;
        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[i] != ids[kept - 1])
            {
                ids[kept++] = ids[i];
            }
        }

        return kept == ids.Length ? ids : ids[..kept];
    }
}
