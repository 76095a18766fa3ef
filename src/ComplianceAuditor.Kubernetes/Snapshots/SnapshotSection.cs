namespace ComplianceAuditor.Kubernetes.Snapshots;

/// <summary>
/// One listed resource of a snapshot: its minimized objects (compact JSON each), the list's
/// resourceVersion, and how many objects the listing returned.
/// </summary>
public sealed record SnapshotSection(string Resource, string Kind, string? ResourceVersion, IReadOnlyList<byte[]> Items);
