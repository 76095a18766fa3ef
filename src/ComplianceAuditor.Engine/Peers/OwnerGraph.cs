using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Peers;

/// <summary>
/// Follows ownerReferences through the workloads in the input. An entry leads to the workload of
/// the same namespace, kind and name, and the same uid when both record one; every entry counts.
/// </summary>
internal sealed class OwnerGraph
{
    private readonly Dictionary<(string Namespace, string Kind, string Name), Workload> workloads = [];

    public OwnerGraph(IEnumerable<Workload> all)
    {
        foreach (var workload in all)
        {
            workloads[(workload.Metadata.Namespace, workload.Kind.ToString(), workload.Metadata.Name)] = workload;
        }
    }

    /// <summary>The workloads the object's ownerReferences lead to directly.</summary>
    public IEnumerable<Workload> Owners(ObjectMeta metadata)
    {
        foreach (var reference in metadata.OwnerReferences)
        {
            if (workloads.TryGetValue((metadata.Namespace, reference.Kind, reference.Name), out var owner)
                && (reference.Uid is null || owner.Metadata.Uid is null || reference.Uid == owner.Metadata.Uid))
            {
                yield return owner;
            }
        }
    }

    /// <summary>Every workload reachable from the object along ownerReference chains.</summary>
    public IReadOnlySet<Workload> Chain(ObjectMeta metadata)
    {
        var seen = new HashSet<Workload>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Workload>(Owners(metadata));
        while (pending.TryPop(out var workload))
        {
            if (seen.Add(workload))
            {
                foreach (var owner in Owners(workload.Metadata))
                {
                    pending.Push(owner);
                }
            }
        }

        return seen;
    }
}
