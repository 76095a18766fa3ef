using System.Collections.Immutable;
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
    private readonly Interner<(IntArrayKey Peers, string Ports)>[] typeKeys = [new(), new()];
    private readonly List<RuleType>[] types = [[], []];
    private readonly Dictionary<CompiledPolicy, int[]>[] policyTypes = [new(ReferenceEqualityComparer.Instance), new(ReferenceEqualityComparer.Instance)];
    private readonly HashSet<int>[] peersUsed = [[], []];

    public RuleTypeRegistry(CompiledPolicySet policies)
    {
        foreach (var policy in policies.Policies)
        {
            foreach (var direction in (PolicyType[])[PolicyType.Ingress, PolicyType.Egress])
            {
                policyTypes[(int)direction][policy] = policy.Affects(direction)
                    ? [.. policy.Rules(direction).Select(r => Register(direction, r)).Distinct().Order()]
                    : [];
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
        var peerIds = rule.Peers.Select(peers.Intern).Distinct().Order().ToArray();
        foreach (var peerId in peerIds)
        {
            peersUsed[(int)direction].Add(peerId);
        }

        var portsKey = string.Join("\u0001", rule.Ports.Select(p => p.ToString()));
        var id = typeKeys[(int)direction].Intern((new IntArrayKey(peerIds), portsKey));
        var list = types[(int)direction];
        if (id == list.Count)
        {
            list.Add(new RuleType(id, peerIds, rule.Ports));
        }

        return id;
    }
}
