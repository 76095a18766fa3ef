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
/// <param name="OutIsPerTarget">
/// <see cref="Out"/> belongs to one `serve` target (the configuration refuses two targets sharing it),
/// so the score trend takes every earlier run there, whatever cluster string runs.json recorded (a
/// target's dump files may change names); `audit` into a shared --out keeps only the same cluster's.
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
    bool RemoveFolderOnFailure = false,
    bool OutIsPerTarget = false);
