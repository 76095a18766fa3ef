using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.TestSupport.Reference;

/// <summary>
/// Derives peers and namespace labels from the snapshot by rereading the contract, with plain
/// loops over the input instead of indexes.
/// </summary>
internal static class NaivePeers
{
    public const string NameLabel = "kubernetes.io/metadata.name";

    public static List<NaivePeer> Derive(ClusterSnapshot snapshot)
    {
        var peers = new List<NaivePeer>();
        var represented = new HashSet<Workload>(ReferenceEqualityComparer.Instance);
        foreach (var pod in snapshot.Pods)
        {
            if (pod.Phase is "Succeeded" or "Failed" || pod.HostNetwork)
            {
                continue;
            }

            peers.Add(new NaivePeer
            {
                Namespace = pod.Metadata.Namespace,
                Name = pod.Metadata.Name,
                Labels = ToDictionary(pod.Metadata.Labels),
                IPs = [.. pod.PodIPs.Select(NaiveAddress.FromModel)],
                Ports = pod.ContainerPorts,
            });
            MarkChain(snapshot, pod.Metadata, represented);
        }

        foreach (var workload in snapshot.Workloads)
        {
            if (represented.Contains(workload) || workload.Template.HostNetwork || IsOwnedReplicaSetOrJob(snapshot, workload))
            {
                continue;
            }

            peers.Add(new NaivePeer
            {
                Namespace = workload.Metadata.Namespace,
                Name = workload.Metadata.Name,
                Kind = workload.Kind.ToString(),
                Labels = ToDictionary(workload.Template.Labels),
                IPs = [],
                Ports = workload.Template.ContainerPorts,
            });
        }

        return [.. peers.OrderBy(p => p.DisplayName, StringComparer.Ordinal)];
    }

    /// <summary>A namespace's labels with the name label forced; implicit namespaces carry only that.</summary>
    public static Dictionary<string, string> NamespaceLabels(ClusterSnapshot snapshot, string name)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ns in snapshot.Namespaces)
        {
            if (ns.Metadata.Name == name)
            {
                labels = ToDictionary(ns.Metadata.Labels);
            }
        }

        labels[NameLabel] = name;
        return labels;
    }

    private static void MarkChain(ClusterSnapshot snapshot, ObjectMeta start, HashSet<Workload> represented)
    {
        var pending = new Queue<ObjectMeta>([start]);
        while (pending.TryDequeue(out var metadata))
        {
            foreach (var owner in snapshot.Workloads.Where(w => metadata.OwnerReferences.Any(r => LeadsTo(metadata.Namespace, r, w))))
            {
                if (represented.Add(owner))
                {
                    pending.Enqueue(owner.Metadata);
                }
            }
        }
    }

    private static bool IsOwnedReplicaSetOrJob(ClusterSnapshot snapshot, Workload workload) =>
        workload.Kind is WorkloadKind.ReplicaSet or WorkloadKind.Job
        && workload.Metadata.OwnerReferences.Any(r => snapshot.Workloads.Any(w => LeadsTo(workload.Metadata.Namespace, r, w)));

    /// <summary>Same namespace, kind and name; the uids must agree only when both are recorded.</summary>
    private static bool LeadsTo(string ns, OwnerReference reference, Workload candidate) =>
        candidate.Metadata.Namespace == ns
        && candidate.Kind.ToString() == reference.Kind
        && candidate.Metadata.Name == reference.Name
        && (reference.Uid is null || candidate.Metadata.Uid is null || reference.Uid == candidate.Metadata.Uid);

    private static Dictionary<string, string> ToDictionary(IEnumerable<KeyValuePair<string, string>> labels)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in labels)
        {
            result[key] = value;
        }

        return result;
    }
}
