namespace ComplianceAuditor.Reports.Diff;

/// <summary>A policy object added, removed or modified (its spec hash differs) between two runs.</summary>
public sealed record PolicyChange(string ApiVersion, string Kind, string Namespace, string Name, string? Sha256Before, string? Sha256After)
{
    public string QualifiedName => Namespace.Length == 0 ? Name : $"{Namespace}/{Name}";
}
