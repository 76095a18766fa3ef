namespace ComplianceAuditor.Engine.Model;

/// <summary>
/// An object that changes real reachability but that the engine does not evaluate, such as an
/// AdminNetworkPolicy or a Calico or Cilium policy. Audits report these as coverage gaps.
/// </summary>
public sealed record UnevaluatedObject(string ApiVersion, string Kind, string Namespace, string Name)
{
    public string QualifiedName => Namespace.Length == 0 ? Name : $"{Namespace}/{Name}";
}
