using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Policies;

/// <summary>
/// One ingress or egress rule of a policy, by its index in the policy's list. It allows the union
/// of <see cref="Ports"/> towards (or from) any endpoint one of <see cref="Peers"/> matches.
/// </summary>
public sealed class CompiledRule
{
    internal CompiledRule(CompiledPolicy policy, PolicyType direction, int index, NetworkPolicyRule source)
    {
        Policy = policy;
        Direction = direction;
        Index = index;
        Source = source;
        Peers = source.AllowsAllPeers ? [AllPeersMatcher.Instance] : [.. source.Peers!.Value.Select(p => PolicyCompiler.CompilePeer(p, policy.Namespace))];
        Ports = source.AllowsAllPorts ? [AllPortsMatcher.Instance] : [.. source.Ports!.Value.Select(PolicyCompiler.CompilePort)];
    }

    public CompiledPolicy Policy { get; }

    public PolicyType Direction { get; }

    public int Index { get; }

    public NetworkPolicyRule Source { get; }

    public ImmutableArray<PeerMatcher> Peers { get; }

    public ImmutableArray<PortMatcher> Ports { get; }

    /// <summary>"ingress[0]" or "egress[2]", as in the policy's YAML.</summary>
    public string Path => $"{(Direction == PolicyType.Ingress ? "ingress" : "egress")}[{Index}]";

    public ProtocolPortSet ResolvePorts(ImmutableArray<ContainerPort>? destinationPorts)
    {
        var result = ProtocolPortSet.Empty;
        foreach (var port in Ports)
        {
            result = result.Union(port.Resolve(destinationPorts));
        }

        return result;
    }

    public override string ToString() => $"{Policy.QualifiedName} {Path}";
}
