using System.Collections.Immutable;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>The peers grouped into source, destination and peer classes, with the rule types they use.</summary>
internal sealed class ClassModel
{
    public required RuleTypeRegistry Registry { get; init; }

    public required ImmutableArray<SourceClass> Sources { get; init; }

    public required ImmutableArray<DestinationClass> Destinations { get; init; }

    public required ImmutableArray<PeerClass> PeerClasses { get; init; }

    /// <summary>Per peer (by inventory index): its source class, destination class and peer class.</summary>
    public required int[] SourceOf { get; init; }

    public required int[] DestinationOf { get; init; }

    public required int[] PeerClassOf { get; init; }

    public required int LabelClassCount { get; init; }
}
