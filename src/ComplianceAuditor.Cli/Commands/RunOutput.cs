using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Reports.Manifest;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// What a run folder receives beside results.json: the reports to render, from which templates and
/// with which inventory, and what goes into its manifest.
/// </summary>
/// <param name="Kind">"audit" or "report", recorded in the manifest.</param>
/// <param name="CreatedAt">When the folder is written (the injected clock).</param>
/// <param name="Read">Files the run read besides results.json's own inputs (catalogs, scope, waivers, ...).</param>
/// <param name="History">Where the score trend comes from; null: runs.json in the run folder's own --out folder.</param>
internal sealed record RunOutput(
    string Kind,
    DateTimeOffset CreatedAt,
    IReadOnlyList<IReportRenderer> Renderers,
    string? Templates,
    ClusterSnapshot? Inventory,
    IReadOnlyList<ManifestInput> Read,
    HistorySource? History = null);
