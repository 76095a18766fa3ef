namespace ComplianceAuditor.Engine.Model;

/// <summary>
/// An object that changes real reachability but that the engine does not evaluate, such as an
/// AdminNetworkPolicy or a Calico or Cilium policy. Audits report these as coverage gaps.
/// </summary>
public sealed record UnevaluatedObject(string ApiVersion, string Kind, string Namespace, string Name)
{
    /// <summary>SHA-256 of the object's spec in canonical form (see results.json input.policyInventory); null when not known.</summary>
    public string? SpecSha256 { get; init; }

    public string QualifiedName => Namespace.Length == 0 ? Name : $"{Namespace}/{Name}";
}
