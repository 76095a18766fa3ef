using System.Collections.Immutable;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.Engine.Model;

/// <summary>The parts of metadata the analysis reads. <see cref="Namespace"/> is "" for cluster-scoped objects.</summary>
public sealed record ObjectMeta
{
    public required string Name { get; init; }

    public required string Namespace { get; init; }

    public string? Uid { get; init; }

    public LabelSet Labels { get; init; } = LabelSet.Empty;

    /// <summary>Only the annotations <see cref="AnnotationAllowList"/> keeps: others may carry secrets.</summary>
    public LabelSet Annotations { get; init; } = LabelSet.Empty;

    public DateTimeOffset? CreationTimestamp { get; init; }

    public ImmutableArray<OwnerReference> OwnerReferences { get; init; } = [];

    public SourceLocation? Source { get; init; }

    public string QualifiedName => Namespace.Length == 0 ? Name : $"{Namespace}/{Name}";
}
