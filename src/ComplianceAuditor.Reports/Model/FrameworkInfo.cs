using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Model;

public sealed record FrameworkInfo
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Version { get; init; }

    public string? Source { get; init; }

    /// <summary>The catalog file and the SHA-256 of its bytes.</summary>
    public required CatalogInfo Catalog { get; init; }

    /// <summary>Percentage with one decimal; null when nothing counted (every control not applicable).</summary>
    public double? Score { get; init; }

    public required string Status { get; init; }

    public ImmutableArray<ControlInfo> Controls { get; init; } = [];
}
