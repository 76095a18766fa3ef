using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Model;

/// <summary>An offending flow: source and destination as reach names them, ports, and what allows it.</summary>
public sealed record FlowInfo
{
    public required string Src { get; init; }

    public required string Dst { get; init; }

    public required string Ports { get; init; }

    /// <summary>The same ports per protocol ("TCP" → "5432"), for filtering.</summary>
    public ImmutableDictionary<string, string> Protocols { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The policy rules that allow it ("ns/policy ingress[1] from[0]"), or why the side is unrestricted.</summary>
    public ImmutableArray<string> AllowedBy { get; init; } = [];
}
