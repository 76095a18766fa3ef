using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>Which kinds are read, and which policy kinds change reachability without being evaluated.</summary>
internal static class KindCatalog
{
    private static readonly Dictionary<string, ReadKind> Kinds = new ReadKind[]
    {
        new("Namespace", "v1"),
        new("Pod", "v1"),
        new("NetworkPolicy", "networking.k8s.io/v1"),
        new("Deployment", "apps/v1", WorkloadKind.Deployment),
        new("ReplicaSet", "apps/v1", WorkloadKind.ReplicaSet),
        new("StatefulSet", "apps/v1", WorkloadKind.StatefulSet),
        new("DaemonSet", "apps/v1", WorkloadKind.DaemonSet),
        new("Job", "batch/v1", WorkloadKind.Job),
        new("CronJob", "batch/v1", WorkloadKind.CronJob),
        new("ReplicationController", "v1", WorkloadKind.ReplicationController),
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);

    private static readonly HashSet<string> CiliumKinds = new(StringComparer.Ordinal)
    {
        "CiliumNetworkPolicy",
        "CiliumClusterwideNetworkPolicy",
    };

    private static readonly HashSet<string> AdminPolicyKinds = new(StringComparer.Ordinal)
    {
        "AdminNetworkPolicy",
        "BaselineAdminNetworkPolicy",
        "ClusterNetworkPolicy",
    };

    public static ReadKind? Find(string kind) => Kinds.GetValueOrDefault(kind);

    /// <summary>The API group of an apiVersion: "" for the core group ("v1").</summary>
    public static string GroupOf(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? string.Empty : apiVersion[..slash];
    }

    /// <summary>
    /// A group Kubernetes itself serves: the core group, dot-less groups (apps, batch, extensions)
    /// and *.k8s.io. A CRD's group always has a dot and may not end in .k8s.io, so a read kind
    /// under any other group is a different, custom resource that merely shares the name.
    /// </summary>
    public static bool IsKubernetesGroup(string group) =>
        !group.Contains('.', StringComparison.Ordinal) || group.EndsWith(".k8s.io", StringComparison.Ordinal) || group == "k8s.io";

    /// <summary>Policy kinds of other engines: they change what is reachable, but are not evaluated here.</summary>
    public static bool IsUnevaluatedPolicy(string kind, string apiVersion) => GroupOf(apiVersion) switch
    {
        "crd.projectcalico.org" or "projectcalico.org" => kind.Contains("Policy", StringComparison.Ordinal),
        "cilium.io" => CiliumKinds.Contains(kind),
        "policy.networking.k8s.io" => AdminPolicyKinds.Contains(kind),
        _ => false,
    };

    /// <summary>"List", or a typed list such as "PodList" (read as a list only when it has <c>items</c>).</summary>
    public static bool IsListKind(string kind) => kind.EndsWith("List", StringComparison.Ordinal);

    /// <summary>The kind of the items of a typed list ("PodList" → "Pod"); null for the untyped "List".</summary>
    public static string? ElementKind(string listKind) => listKind.Length > 4 ? listKind[..^4] : null;
}
