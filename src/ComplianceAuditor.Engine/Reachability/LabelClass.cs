using System.Collections.Immutable;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Peers alike in everything a policy can look at: namespace, the labels some selector reads,
/// which ipBlocks their IPs fall in, and the named ports some policy names.
/// </summary>
internal sealed class LabelClass(string ns, LabelSet labels, int[] ipBlockPeers, ImmutableArray<ContainerPort> namedPorts)
{
    public string Namespace { get; } = ns;

    public LabelSet Labels { get; } = labels;

    public int[] IpBlockPeers { get; } = ipBlockPeers;

    public ImmutableArray<ContainerPort> NamedPorts { get; } = namedPorts;

    public List<int> Peers { get; } = [];

    public List<int> MatchedIngressPeers { get; } = [];

    public List<int> MatchedEgressPeers { get; } = [];
}
