using System.Runtime.CompilerServices;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// The host-network pods of a snapshot (running or pending), and the host-network workloads that
/// stand for pods not in the input. NetworkPolicy does not govern either, so the engine leaves
/// them out of the peers; this names them once each: a workload whose pods are listed, or that
/// another workload in the input owns, is not listed again.
/// </summary>
internal static class HostNetworkObjects
{
    // Catalogs run host-network in several controls; a snapshot is immutable, so its answer is kept with it.
    private static readonly ConditionalWeakTable<ClusterSnapshot, IReadOnlyList<(string Namespace, string Name, LabelSet Labels)>> Found = [];

    /// <summary>(namespace, name as the reachability contract writes it, pod labels), sorted by name.</summary>
    public static IReadOnlyList<(string Namespace, string Name, LabelSet Labels)> Find(ClusterSnapshot snapshot) => Found.GetValue(snapshot, Compute);

    private static IReadOnlyList<(string Namespace, string Name, LabelSet Labels)> Compute(ClusterSnapshot snapshot)
    {
        var workloads = new Dictionary<(string, string, string), Workload>();
        foreach (var workload in snapshot.Workloads)
        {
            workloads.TryAdd((workload.Metadata.Namespace, workload.Kind.ToString(), workload.Metadata.Name), workload);
        }

        var pods = snapshot.Pods.Where(p => p.HostNetwork && !p.IsFinished).ToList();
        var covered = new HashSet<Workload>(ReferenceEqualityComparer.Instance);
        foreach (var pod in pods)
        {
            MarkOwners(pod.Metadata, workloads, covered);
        }

        var standalone = snapshot.Workloads.Where(w => w.Template.HostNetwork && !covered.Contains(w) && !Owners(w.Metadata, workloads).Any());
        return [.. pods.Select(p => (p.Metadata.Namespace, p.Metadata.QualifiedName, p.Metadata.Labels))
            .Concat(standalone.Select(w => (w.Metadata.Namespace, $"{w.Metadata.QualifiedName}[{w.Kind}]", w.Template.Labels)))
            .OrderBy(o => o.Item2, StringComparer.Ordinal)];
    }

    private static void MarkOwners(ObjectMeta metadata, Dictionary<(string, string, string), Workload> workloads, HashSet<Workload> covered)
    {
        foreach (var owner in Owners(metadata, workloads))
        {
            // A workload marked already had its own owners marked then; this also ends owner cycles.
            if (covered.Add(owner))
            {
                MarkOwners(owner.Metadata, workloads, covered);
            }
        }
    }

    private static IEnumerable<Workload> Owners(ObjectMeta metadata, Dictionary<(string, string, string), Workload> workloads) =>
        metadata.OwnerReferences
            .Select(r => (Reference: r, Owner: workloads.GetValueOrDefault((metadata.Namespace, r.Kind, r.Name))))
            .Where(o => o.Owner is not null && (o.Reference.Uid is null || o.Owner.Metadata.Uid is null || o.Reference.Uid == o.Owner.Metadata.Uid))
            .Select(o => o.Owner!);
}
