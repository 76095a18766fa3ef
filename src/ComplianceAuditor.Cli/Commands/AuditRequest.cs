using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Kubernetes.Live;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>What `audit` was asked to do.</summary>
/// <param name="RemoveFolderOnFailure">
/// Delete the run folder when the run fails in any way before its manifest, not only when cancelled.
/// `serve` sets it: a failed firing repeats at every schedule, and each would leave another incomplete
/// folder behind. `audit` keeps the folder, whose error message names it for inspection.
/// </param>
internal sealed record AuditRequest(
    string[] Inputs,
    LiveOptions Live,
    bool Demo,
    string[] Controls,
    string? Scope,
    string? Waivers,
    string Out,
    double? FailUnder,
    string? Baseline,
    IReadOnlyList<IReportRenderer> Renderers,
    string? Templates,
    RetentionPolicy Retention,
    bool RemoveFolderOnFailure = false);
