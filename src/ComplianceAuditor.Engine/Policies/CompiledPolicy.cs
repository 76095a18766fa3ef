using System.Collections.Immutable;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Policies;

/// <summary>A NetworkPolicy compiled once into matchers, with its effective policyTypes.</summary>
public sealed class CompiledPolicy
{
    public CompiledPolicy(NetworkPolicy source)
    {
        Source = source;
        AffectsIngress = source.Spec.AffectsIngress;
        AffectsEgress = source.Spec.AffectsEgress;
        IngressRules = [.. source.Spec.IngressRules.Select((rule, i) => new CompiledRule(this, PolicyType.Ingress, i, rule))];
        EgressRules = [.. source.Spec.EgressRules.Select((rule, i) => new CompiledRule(this, PolicyType.Egress, i, rule))];
    }

    public NetworkPolicy Source { get; }

    public string Namespace => Source.Metadata.Namespace;

    public string Name => Source.Metadata.Name;

    public string QualifiedName => Source.Metadata.QualifiedName;

    public LabelSelector PodSelector => Source.Spec.PodSelector;

    public bool AffectsIngress { get; }

    public bool AffectsEgress { get; }

    /// <summary>Rules count only for a direction the policy affects; the others are kept for evidence.</summary>
    public ImmutableArray<CompiledRule> IngressRules { get; }

    public ImmutableArray<CompiledRule> EgressRules { get; }

    public bool Affects(PolicyType direction) => direction == PolicyType.Ingress ? AffectsIngress : AffectsEgress;

    public ImmutableArray<CompiledRule> Rules(PolicyType direction) => direction == PolicyType.Ingress ? IngressRules : EgressRules;

    public override string ToString() => QualifiedName;
}
