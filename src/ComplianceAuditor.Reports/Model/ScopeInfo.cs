using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Model;

public sealed record ScopeInfo
{
    /// <summary>"built-in" or the scope file.</summary>
    public required string Origin { get; init; }

    public ImmutableArray<ZoneInfo> Zones { get; init; } = [];

    public ImmutableArray<string> UnzonedNamespaces { get; init; } = [];
}
