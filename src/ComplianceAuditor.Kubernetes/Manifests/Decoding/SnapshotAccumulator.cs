using System.Collections.Immutable;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Collects decoded objects across all files into a snapshot. The same kind, namespace and name
/// twice is an error naming both places; the first is kept.
/// </summary>
internal sealed class SnapshotAccumulator(List<Diagnostic> diagnostics)
{
    private readonly Dictionary<(string Kind, string Namespace, string Name), SourceLocation?> seen = [];
    private readonly ImmutableArray<NamespaceObject>.Builder namespaces = ImmutableArray.CreateBuilder<NamespaceObject>();
    private readonly ImmutableArray<Pod>.Builder pods = ImmutableArray.CreateBuilder<Pod>();
    private readonly ImmutableArray<Workload>.Builder workloads = ImmutableArray.CreateBuilder<Workload>();
    private readonly ImmutableArray<NetworkPolicy>.Builder policies = ImmutableArray.CreateBuilder<NetworkPolicy>();
    private readonly ImmutableArray<UnevaluatedObject>.Builder unevaluated = ImmutableArray.CreateBuilder<UnevaluatedObject>();
    private readonly ImmutableArray<CoverageGap>.Builder gaps = ImmutableArray.CreateBuilder<CoverageGap>();
    private readonly ImmutableArray<SnapshotSource>.Builder sources = ImmutableArray.CreateBuilder<SnapshotSource>();
    private readonly ImmutableArray<InputFile>.Builder files = ImmutableArray.CreateBuilder<InputFile>();

    public void Add(DecodedObject decoded)
    {
        var metadata = decoded.Metadata;
        if (!seen.TryAdd((decoded.Kind, metadata.Namespace, metadata.Name), metadata.Source))
        {
            var first = seen[(decoded.Kind, metadata.Namespace, metadata.Name)];
            var message = $"duplicate {decoded.ObjectRef}: first defined at {first}; this one is left out of the snapshot";
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, message, metadata.Source, decoded.ObjectRef));
            return;
        }

        switch (decoded.Value)
        {
            case NamespaceObject namespaceObject:
                namespaces.Add(namespaceObject);
                break;
            case Pod pod:
                pods.Add(pod);
                break;
            case Workload workload:
                workloads.Add(workload);
                break;
            case NetworkPolicy policy:
                policies.Add(policy);
                break;
            case UnevaluatedObject other:
                unevaluated.Add(other);
                break;
            default:
                throw new InvalidOperationException($"unexpected decoded value {decoded.Value.GetType().Name}");
        }
    }

    /// <summary>Records a snapshot file's origin and what it says it could not see.</summary>
    public void AddSnapshotFile(SnapshotSource source, IEnumerable<CoverageGap> missing)
    {
        sources.Add(source);
        gaps.AddRange(missing);
    }

    public void AddFile(InputFile file) => files.Add(file);

    public ClusterSnapshot ToSnapshot() => new()
    {
        Namespaces = namespaces.ToImmutable(),
        Pods = pods.ToImmutable(),
        Workloads = workloads.ToImmutable(),
        NetworkPolicies = policies.ToImmutable(),
        Unevaluated = unevaluated.ToImmutable(),
        Gaps = gaps.ToImmutable(),
        Sources = sources.ToImmutable(),
        Files = files.ToImmutable(),
    };
}
