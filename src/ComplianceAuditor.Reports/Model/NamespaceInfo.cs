using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Model;

public sealed record NamespaceInfo
{
    public required string Name { get; init; }

    public ImmutableArray<string> Zones { get; init; } = [];

    public double? Score { get; init; }

    public int Pass { get; init; }

    public int Fail { get; init; }

    public int NotEvaluated { get; init; }

    public int Waived { get; init; }
}
