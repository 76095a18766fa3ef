namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>One page of a list, already minimized: the raw objects are gone once this exists.</summary>
internal sealed record ListPage(IReadOnlyList<byte[]> Items, string? Continue, string? ResourceVersion);
