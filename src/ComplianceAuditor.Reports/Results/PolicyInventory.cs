using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Reports.Results;

/// <summary>The policy objects of a snapshot with their spec hashes, in results.json's order.</summary>
public static class PolicyInventory
{
    public const string NetworkPolicyApiVersion = "networking.k8s.io/v1";

    public static ImmutableArray<PolicyObjectInfo> Of(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var networkPolicies = snapshot.NetworkPolicies.Select(p =>
            new PolicyObjectInfo(NetworkPolicyApiVersion, "NetworkPolicy", p.Metadata.Namespace, p.Metadata.Name, NetworkPolicyHash.Of(p.Spec)));
        var others = snapshot.Unevaluated.Select(o => new PolicyObjectInfo(o.ApiVersion, o.Kind, o.Namespace, o.Name, o.SpecSha256));
        return [.. Sort(networkPolicies.Concat(others))];
    }

    /// <summary>Kind, namespace, name, then apiVersion (Calico has a NetworkPolicy kind too), all ordinal.</summary>
    public static IEnumerable<PolicyObjectInfo> Sort(IEnumerable<PolicyObjectInfo> policies) =>
        policies
            .OrderBy(p => p.Kind, StringComparer.Ordinal)
            .ThenBy(p => p.Namespace, StringComparer.Ordinal)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.ApiVersion, StringComparer.Ordinal);
}
