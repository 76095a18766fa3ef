using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.Engine.Model;

/// <summary>
/// One entry of a rule's <c>from</c> or <c>to</c>. Validated input sets either <see cref="IpBlock"/>
/// alone, or one or both selectors.
/// </summary>
public sealed record NetworkPolicyPeer
{
    public LabelSelector? PodSelector { get; init; }

    public LabelSelector? NamespaceSelector { get; init; }

    public IpBlock? IpBlock { get; init; }

    public override string ToString()
    {
        if (IpBlock is not null)
        {
            return $"ipBlock {IpBlock}";
        }

        return (PodSelector, NamespaceSelector) switch
        {
            (not null, null) => $"pods {PodSelector} in the policy's namespace",
            (null, not null) => $"all pods in namespaces {NamespaceSelector}",
            (not null, not null) => $"pods {PodSelector} in namespaces {NamespaceSelector}",
            _ => "(empty peer)",
        };
    }
}
