using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Model;

/// <summary>
/// An audit's results as results.json holds them (schema 1.1, or 1.0 without the policy inventory), read back: every report format
/// renders from this, so every number in a report is traceable to results.json, and an earlier run
/// can be rendered again without the cluster (<c>report --from results.json</c>).
/// </summary>
public sealed record AuditReport
{
    public required string SchemaVersion { get; init; }

    public required ToolInfo Tool { get; init; }

    public required DateTimeOffset AuditedAt { get; init; }

    public required InputInfo Input { get; init; }

    public required ScopeInfo Scope { get; init; }

    public required ImmutableArray<FrameworkInfo> Frameworks { get; init; }

    public required ImmutableArray<NamespaceInfo> Namespaces { get; init; }

    public required WaiverSection Waivers { get; init; }
}
