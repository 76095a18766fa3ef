using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Reports.Explain;

/// <summary>How an endpoint is named and described in explanations.</summary>
internal static class EndpointText
{
    public static string Name(Endpoint endpoint) => endpoint.ToString() ?? string.Empty;

    public static string Kind(Endpoint endpoint) => endpoint switch
    {
        PeerEndpoint { Peer.IsPod: true } => "pod",
        PeerEndpoint => "workload",
        _ => "address",
    };

    public static string Describe(Endpoint endpoint) => endpoint switch
    {
        PeerEndpoint { Peer: var peer } when peer.IsPod => peer.IPs.IsEmpty
            ? $"{Name(endpoint)} (pod, no recorded IP)"
            : $"{Name(endpoint)} (pod, {string.Join(", ", peer.IPs)})",
        PeerEndpoint => $"{Name(endpoint)} (workload with no running pod in the input: stands for the pods it would create)",
        _ => $"{Name(endpoint)} (address outside the cluster's peers)",
    };
}
