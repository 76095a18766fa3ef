using System.Collections.Immutable;

namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>The whole audit: per framework, per namespace, the waivers, and the context it ran on.</summary>
public sealed record AuditResult
{
    public required AuditContext Context { get; init; }

    public required ImmutableArray<FrameworkResult> Frameworks { get; init; }

    public required ImmutableArray<NamespaceResult> Namespaces { get; init; }

    public required WaiverReport Waivers { get; init; }

    public DateTimeOffset AuditedAt => Context.Now;
}
