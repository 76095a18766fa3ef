using System.Collections.Immutable;
using ComplianceAuditor.Controls.Catalogs;

namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>A framework's control results and its severity-weighted score.</summary>
public sealed record FrameworkResult(Framework Framework, ImmutableArray<ControlResult> Controls)
{
    /// <summary>The catalog file the framework's controls were read from, and its SHA-256.</summary>
    public (string File, string Sha256) Catalog { get; init; } = (string.Empty, string.Empty);

    public FindingStatus Status => Controls.IsEmpty ? FindingStatus.NotApplicable : Controls.Max(c => c.Status);

    public double? Score => Scoring.Weighted(Controls.Select(c => (SeverityWeights.Of(c.Control.Severity), c.Score)));

    public int Count(FindingStatus status) => Controls.Count(c => c.Status == status);
}
