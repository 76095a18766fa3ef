using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Policies;

/// <summary>Maps validated spec entries to the closed set of peer and port matchers.</summary>
internal static class PolicyCompiler
{
    public static PeerMatcher CompilePeer(NetworkPolicyPeer peer, string policyNamespace)
    {
        if (peer.IpBlock is { } block)
        {
            return new IpBlockMatcher(block.Addresses);
        }

        if (peer.PodSelector is null && peer.NamespaceSelector is null)
        {
            throw new ArgumentException("a peer must set ipBlock, podSelector or namespaceSelector; the loader rejects empty peers", nameof(peer));
        }

        var podSelector = peer.PodSelector ?? LabelSelector.Empty;
        return peer.NamespaceSelector is { } namespaces
            ? new PodMatcher(null, namespaces, podSelector)
            : new PodMatcher(policyNamespace, null, podSelector);
    }

    public static PortMatcher CompilePort(NetworkPolicyPort port) => port switch
    {
        { PortName: { } name } => new NamedPortMatcher(port.Protocol, name),
        { Port: { } number } => new PortRangeMatcher(port.Protocol, number, port.EndPort ?? number),
        _ => new PortRangeMatcher(port.Protocol, Ports.PortSet.MinPort, Ports.PortSet.MaxPort),
    };
}
