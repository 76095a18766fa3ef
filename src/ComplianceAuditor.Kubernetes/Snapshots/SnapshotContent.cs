using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Kubernetes.Snapshots;

/// <summary>Everything a snapshot file records, before it is serialized and hashed.</summary>
public sealed record SnapshotContent
{
    public required string ApiServer { get; init; }

    public string? Context { get; init; }

    public string? KubernetesVersion { get; init; }

    public required DateTimeOffset TakenAt { get; init; }

    public required string ToolVersion { get; init; }

    public required IReadOnlyList<SnapshotSection> Sections { get; init; }

    /// <summary>Optional resources the server does not serve (an AdminNetworkPolicy CRD not installed).</summary>
    public IReadOnlyList<string> Absent { get; init; } = [];

    /// <summary>What could not be listed; non-empty only for a partial snapshot (--allow-partial).</summary>
    public IReadOnlyList<CoverageGap> Missing { get; init; } = [];

    public bool IsComplete => Missing.Count == 0;
}
