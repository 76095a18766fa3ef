using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Kubernetes.Manifests;

/// <summary>
/// What loading manifests produced: the snapshot of every valid object, every diagnostic of every
/// file (sorted by file, document and position), and the files read, in order.
/// </summary>
public sealed record LoadResult(ClusterSnapshot Snapshot, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files)
{
    /// <summary>True when any diagnostic is an error: the input is not fully loaded and the CLI exits 2.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
