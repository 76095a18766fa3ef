using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>One application of a namespace: what it is and how many pods it runs.</summary>
internal sealed class AppPlan
{
    public required string Name { get; init; }

    public required Tier Tier { get; init; }

    public required AppKind Kind { get; init; }

    /// <summary>Pods (for a CronJob: finished or running job pods) it contributes; 0 = not deployed.</summary>
    public required int Replicas { get; init; }

    public required int Version { get; init; }

    public required AppProfile Profile { get; init; }

    /// <summary>The pod template's labels: app, tier, version and the app.kubernetes.io ones.</summary>
    public required LabelSet TemplateLabels { get; init; }

    public string TierLabel => SyntheticVocabulary.TierLabel(Tier);
}
