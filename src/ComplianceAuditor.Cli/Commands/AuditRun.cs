namespace ComplianceAuditor.Cli.Commands;

/// <summary>How one pass of <see cref="AuditPipeline"/> ended.</summary>
/// <param name="ExitCode">What `audit` exits with: 0, 1 (below --fail-under or new critical), 2 (could not complete).</param>
/// <param name="Folder">The complete run folder written (it has its manifest); null when none was.</param>
internal sealed record AuditRun(int ExitCode, string? Folder);
