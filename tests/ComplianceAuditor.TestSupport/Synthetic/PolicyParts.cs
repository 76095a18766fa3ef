using System.Collections.Immutable;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;
using L = ComplianceAuditor.TestSupport.Synthetic.WellKnownLabels;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>Short builders for the pieces of a NetworkPolicy, and the address blocks policies name.</summary>
internal static class PolicyParts
{
    public static IpPrefix AnyV4 { get; } = IpPrefix.Parse("0.0.0.0/0");

    public static IpPrefix AnyV6 { get; } = IpPrefix.Parse("::/0");

    /// <summary>RFC 1918 10/8: the cluster's own ranges, excepted from "the internet".</summary>
    public static IpPrefix Private10 { get; } = IpPrefix.Parse("10.0.0.0/8");

    public static IpPrefix UniqueLocalV6 { get; } = IpPrefix.Parse("fd00::/8");

    public static IpPrefix LoadBalancer { get; } = IpPrefix.Parse("203.0.113.0/24");

    public static IpPrefix Partner { get; } = IpPrefix.Parse("198.51.100.0/24");

    public static IpPrefix PartnerUntrusted { get; } = IpPrefix.Parse("198.51.100.128/25");

    /// <summary>A managed database service outside the cluster.</summary>
    public static IpPrefix ManagedDatabase { get; } = IpPrefix.Parse("172.20.0.0/16");

    public static IpPrefix Nodes { get; } = IpPrefix.Parse(IpAllocator.NodeCidr);

    public static IpPrefix PodNetwork { get; } = IpPrefix.Parse(IpAllocator.PodCidr);

    public static LabelSelector Labels(params (string Key, string Value)[] labels) => LabelSelector.MatchingLabels(labels);

    public static LabelSelector Expression(string key, LabelSelectorOperator op, params string[] values) =>
        new(LabelSet.Empty, [new LabelSelectorRequirement(key, op, [.. values])]);

    public static LabelSelector NamespaceNamed(string name) => Labels((L.NamespaceName, name));

    public static NetworkPolicyPeer Pods(LabelSelector pods) => new() { PodSelector = pods };

    public static NetworkPolicyPeer Namespaces(LabelSelector namespaces, LabelSelector? pods = null) =>
        new() { NamespaceSelector = namespaces, PodSelector = pods };

    public static NetworkPolicyPeer Block(IpPrefix cidr, params IpPrefix[] except) => new() { IpBlock = new IpBlock(cidr, [.. except]) };

    /// <summary>A rule; null peers or ports are left out of the manifest (meaning all), as authors usually write them.</summary>
    public static NetworkPolicyRule Rule(IEnumerable<NetworkPolicyPeer>? peers, IEnumerable<NetworkPolicyPort>? ports) => new()
    {
        Peers = peers is null ? null : [.. peers],
        Ports = ports is null ? null : [.. ports],
    };

    public static ImmutableArray<PolicyType> Both { get; } = [PolicyType.Ingress, PolicyType.Egress];

    public static ImmutableArray<PolicyType> IngressOnly { get; } = [PolicyType.Ingress];

    public static ImmutableArray<PolicyType> EgressOnly { get; } = [PolicyType.Egress];
}
