using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Model;

/// <summary>What was audited: snapshot sources, files with their hashes, and what was not seen.</summary>
public sealed record InputInfo
{
    public ImmutableArray<SourceInfo> Sources { get; init; } = [];

    public ImmutableArray<InputFileInfo> Files { get; init; } = [];

    public required bool Complete { get; init; }

    public ImmutableArray<GapInfo> Gaps { get; init; } = [];

    /// <summary>Policy objects the engine does not evaluate, as "Kind namespace/name (apiVersion)".</summary>
    public ImmutableArray<string> Unevaluated { get; init; } = [];

    public required int Peers { get; init; }

    public required int Namespaces { get; init; }

    public required int Policies { get; init; }

    /// <summary>Every policy object, sorted (schema 1.1); null for a 1.0 results.json, which did not record them.</summary>
    public ImmutableArray<PolicyObjectInfo>? PolicyInventory { get; init; }
}
