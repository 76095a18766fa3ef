using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Kubernetes.Live;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>What `audit` was asked to do.</summary>
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
    RetentionPolicy Retention);
