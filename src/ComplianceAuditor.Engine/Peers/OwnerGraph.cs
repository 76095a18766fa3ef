using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Peers;

/// <summary>
/// Follows ownerReferences through the workloads in the input. An entry leads to the workload of
/// the same namespace, kind and name, and the same uid when both record one; every entry counts.
/// </summary>
internal sealed class OwnerGraph
{
    private readonly Dictionary<(string Namespace, string Kind, string Name), Workload> workloads = [];
    private readonly Stack<Workload> pending = new();

    public OwnerGraph(IEnumerable<Workload> all)
    {
        foreach (var workload in all)
        {
            workloads[(workload.Metadata.Namespace, workload.Kind.ToString(), workload.Metadata.Name)] = workload;
        }
    }

    /// <summary>The workloads the object's ownerReferences lead to directly.</summary>
    public List<Workload> Owners(ObjectMeta metadata)
    {
        var owners = new List<Workload>();
        foreach (var reference in metadata.OwnerReferences)
        {
            if (Resolve(metadata.Namespace, reference) is { } owner)
            {
                owners.Add(owner);
            }
        }

        return owners;
    }

    /// <summary>
    /// Adds to <paramref name="marked"/> every workload reachable from the object along
    /// ownerReference chains. A workload already marked had its own chain marked then, so the
    /// walk stops there: the whole inventory costs one visit per workload, not one per pod.
    /// </summary>
    public void MarkChain(ObjectMeta metadata, HashSet<Workload> marked)
    {
        PushOwners(metadata);
        while (pending.TryPop(out var workload))
        {
            if (marked.Add(workload))
            {
                PushOwners(workload.Metadata);
            }
        }
    }

    private void PushOwners(ObjectMeta metadata)
    {
        foreach (var reference in metadata.OwnerReferences)
        {
            if (Resolve(metadata.Namespace, reference) is { } owner)
            {
                pending.Push(owner);
            }
        }
    }

    private Workload? Resolve(string ns, OwnerReference reference) =>
        workloads.TryGetValue((ns, reference.Kind, reference.Name), out var owner)
        && (reference.Uid is null || owner.Metadata.Uid is null || reference.Uid == owner.Metadata.Uid)
            ? owner
            : null;
}
