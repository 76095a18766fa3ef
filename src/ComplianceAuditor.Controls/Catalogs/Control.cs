using System.Collections.Immutable;
using ComplianceAuditor.Controls.Checks;
using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Controls.Catalogs;

/// <summary>One requirement of a framework, by its own id, and the checks that test it.</summary>
public sealed record Control
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public string? Rationale { get; init; }

    public required Severity Severity { get; init; }

    public string? Remediation { get; init; }

    public required ImmutableArray<Check> Checks { get; init; }

    public SourceLocation? Location { get; init; }
}
