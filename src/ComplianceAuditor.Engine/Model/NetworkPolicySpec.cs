using System.Collections.Immutable;
using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.Engine.Model;

/// <summary>A networking.k8s.io/v1 NetworkPolicy spec; null lists were missing in the input.</summary>
public sealed record NetworkPolicySpec
{
    public LabelSelector PodSelector { get; init; } = LabelSelector.Empty;

    public ImmutableArray<PolicyType>? PolicyTypes { get; init; }

    public ImmutableArray<NetworkPolicyRule>? Ingress { get; init; }

    public ImmutableArray<NetworkPolicyRule>? Egress { get; init; }

    public ImmutableArray<NetworkPolicyRule> IngressRules => Ingress ?? [];

    public ImmutableArray<NetworkPolicyRule> EgressRules => Egress ?? [];

    /// <summary>
    /// <c>policyTypes</c> as the API server defaults it: when missing or empty, Ingress, plus
    /// Egress when <c>egress</c> has at least one rule (<c>egress: []</c> does not count).
    /// </summary>
    public bool AffectsIngress => PolicyTypes is { IsEmpty: false } types ? types.Contains(PolicyType.Ingress) : true;

    public bool AffectsEgress => PolicyTypes is { IsEmpty: false } types ? types.Contains(PolicyType.Egress) : !EgressRules.IsEmpty;
}
