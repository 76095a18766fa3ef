using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>Reads <c>ingress</c> and <c>egress</c> rules and their peers (<c>from</c>/<c>to</c>).</summary>
internal static class NetworkPolicyRuleDecoder
{
    private static readonly string[] IngressRuleFields = ["from", "ports"];
    private static readonly string[] EgressRuleFields = ["to", "ports"];
    private static readonly string[] PeerFields = ["podSelector", "namespaceSelector", "ipBlock"];

    public static ImmutableArray<NetworkPolicyRule>? ReadRules(FieldReader reader, MappingNode spec, PolicyType direction, FieldPath specPath) =>
        direction == PolicyType.Ingress
            ? reader.List(spec, "ingress", specPath, (r, item, path) => ReadRule(r, item, path, "from", IngressRuleFields))
            : reader.List(spec, "egress", specPath, (r, item, path) => ReadRule(r, item, path, "to", EgressRuleFields));

    private static NetworkPolicyRule ReadRule(FieldReader reader, Node item, FieldPath path, string peersField, string[] fields)
    {
        // A null rule is an empty rule (all peers, all ports), as Go's decoder makes it.
        if (reader.ItemMapping(item, path) is not { } rule)
        {
            return new NetworkPolicyRule();
        }

        reader.RejectUnknownFields(rule, path, fields);
        var peers = reader.List(rule, peersField, path, ReadPeer);
        var ports = reader.List(rule, "ports", path, NetworkPolicyPortDecoder.Read);
        return new NetworkPolicyRule
        {
            Peers = peers is { } p ? [.. p.OfType<NetworkPolicyPeer>()] : null,
            Ports = ports,
        };
    }

    private static NetworkPolicyPeer? ReadPeer(FieldReader reader, Node item, FieldPath path)
    {
        if (reader.ItemMapping(item, path) is not { } peer)
        {
            return null;
        }

        reader.RejectUnknownFields(peer, path, PeerFields);
        var podSelector = FieldReader.Get(peer, "podSelector") is { } pods ? SelectorDecoder.Read(reader, pods, path.Field("podSelector")) : null;
        var namespaceSelector = FieldReader.Get(peer, "namespaceSelector") is { } namespaces
            ? SelectorDecoder.Read(reader, namespaces, path.Field("namespaceSelector"))
            : null;
        var ipBlock = FieldReader.Get(peer, "ipBlock") is { } block ? IpBlockDecoder.Read(reader, block, path.Field("ipBlock")) : null;
        var hasIpBlock = FieldReader.Get(peer, "ipBlock") is not null;
        if (podSelector is null && namespaceSelector is null && !hasIpBlock)
        {
            reader.Error(peer, path, "must specify a peer: set podSelector, namespaceSelector or ipBlock");
        }
        else if (hasIpBlock && (podSelector is not null || namespaceSelector is not null))
        {
            reader.Error(peer, path, "ipBlock may not be combined with podSelector or namespaceSelector in one peer; write separate peers");
        }

        return new NetworkPolicyPeer { PodSelector = podSelector, NamespaceSelector = namespaceSelector, IpBlock = ipBlock };
    }
}
