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

        var pods = PodSelector is null || PodSelector.IsEmpty ? "all pods" : $"pods {PodSelector}";
        return NamespaceSelector switch
        {
            null when PodSelector is null => "(empty peer)",
            null => $"{pods} in the policy's namespace",
            { IsEmpty: true } => $"{pods} in all namespaces",
            _ => $"{pods} in namespaces {NamespaceSelector}",
        };
    }
}
