using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Peers;

/// <summary>
/// Turns pods and workloads into peers as the reachability contract says: running pods stand for
/// themselves; a workload stands for its pods when any of them are in the input, else for one
/// peer named "namespace/name[Kind]" built from its pod template.
/// </summary>
internal static class PeerResolver
{
    public static PeerInventory Resolve(ClusterSnapshot snapshot)
    {
        var owners = new OwnerGraph(snapshot.Workloads);
        var excluded = new List<ExcludedObject>();
        var peers = new List<Peer>();
        var represented = new HashSet<Workload>(ReferenceEqualityComparer.Instance);

        foreach (var pod in snapshot.Pods)
        {
            if (PodExclusion(pod) is { } reason)
            {
                excluded.Add(new ExcludedObject("Pod", pod.Metadata.QualifiedName, reason, pod.Metadata.Source));
                continue;
            }

            peers.Add(FromPod(pod));
            owners.MarkChain(pod.Metadata, represented);
        }

        foreach (var workload in snapshot.Workloads)
        {
            if (WorkloadExclusion(workload, represented, owners) is { } reason)
            {
                excluded.Add(new ExcludedObject(workload.Kind.ToString(), workload.Metadata.QualifiedName, reason, workload.Metadata.Source));
                continue;
            }

            peers.Add(FromWorkload(workload));
        }

        return new PeerInventory(peers, Namespaces(snapshot), excluded);
    }

    private static string? PodExclusion(Pod pod)
    {
        if (pod.HostNetwork)
        {
            return "hostNetwork: true; NetworkPolicy does not govern host-network pods";
        }

        return pod.IsFinished ? $"phase {pod.Phase}; NetworkPolicy does not govern finished pods" : null;
    }

    private static string? WorkloadExclusion(Workload workload, HashSet<Workload> represented, OwnerGraph owners)
    {
        if (represented.Contains(workload))
        {
            return "represented by its pods in the input";
        }

        if (workload.Kind is WorkloadKind.ReplicaSet or WorkloadKind.Job && owners.Owners(workload.Metadata).FirstOrDefault() is { } owner)
        {
            return $"owned by {owner.Kind} {owner.Metadata.QualifiedName} in the input";
        }

        return workload.Template.HostNetwork ? "pod template has hostNetwork: true; NetworkPolicy does not govern host-network pods" : null;
    }

    private static Peer FromPod(Pod pod) => new()
    {
        Namespace = pod.Metadata.Namespace,
        Name = pod.Metadata.Name,
        Labels = pod.Metadata.Labels,
        IPs = pod.PodIPs,
        ContainerPorts = pod.ContainerPorts,
        Source = pod.Metadata.Source,
    };

    private static Peer FromWorkload(Workload workload) => new()
    {
        Namespace = workload.Metadata.Namespace,
        Name = workload.Metadata.Name,
        WorkloadKind = workload.Kind,
        Labels = workload.Template.Labels,
        ContainerPorts = workload.Template.ContainerPorts,
        Source = workload.Metadata.Source,
    };

    private static List<NamespaceInfo> Namespaces(ClusterSnapshot snapshot)
    {
        var result = new List<NamespaceInfo>(snapshot.Namespaces.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ns in snapshot.Namespaces)
        {
            if (seen.Add(ns.Metadata.Name))
            {
                result.Add(NamespaceInfo.Create(ns.Metadata.Name, ns.Metadata.Labels, isImplicit: false));
            }
        }

        foreach (var name in snapshot.Pods.Select(p => p.Metadata.Namespace).Concat(snapshot.Workloads.Select(w => w.Metadata.Namespace)))
        {
            if (seen.Add(name))
            {
                result.Add(NamespaceInfo.Create(name, LabelSet.Empty, isImplicit: true));
            }
        }

        return result;
    }
}
