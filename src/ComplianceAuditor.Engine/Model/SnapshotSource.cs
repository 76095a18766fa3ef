namespace ComplianceAuditor.Engine.Model;

/// <summary>Where a snapshot file's objects came from and when, as recorded in the file.</summary>
public sealed record SnapshotSource
{
    public required string ApiServer { get; init; }

    public string? Context { get; init; }

    public string? KubernetesVersion { get; init; }

    public required DateTimeOffset TakenAt { get; init; }

    public string? ToolVersion { get; init; }

    /// <summary>The SHA-256 of the snapshot's canonical bytes, verified when the file was read.</summary>
    public required string Sha256 { get; init; }

    public string? File { get; init; }
}
