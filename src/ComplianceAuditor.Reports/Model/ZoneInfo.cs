using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Model;

/// <summary>A zone and its members: namespaces and peers (workload zones) or CIDRs (address zones).</summary>
public sealed record ZoneInfo
{
    public required string Name { get; init; }

    /// <summary>"workload" or "address".</summary>
    public required string Kind { get; init; }

    public ImmutableArray<string> Namespaces { get; init; } = [];

    public int Peers { get; init; }

    public ImmutableArray<string> Cidrs { get; init; } = [];
}
