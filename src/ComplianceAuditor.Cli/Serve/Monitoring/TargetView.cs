namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>One target's series at one scrape: an immutable copy, so writing the text needs no lock.</summary>
/// <param name="Source">Where the configuration says the snapshot comes from (target_info's cluster label).</param>
/// <param name="Cluster">score_percent's cluster label: the configured source, kept after the target is dropped.</param>
/// <param name="LastRun">The newest run, failed ones included.</param>
/// <param name="LastSuccess">The newest run that completed the audit; its scores are the ones shown.</param>
internal sealed record TargetView(
    string Name,
    string? Source,
    string? Cluster,
    LastRun? LastRun,
    LastRun? LastSuccess,
    long Completed,
    long BelowThreshold,
    long Failed,
    long Abandoned,
    int Running,
    DateTimeOffset? NextFire);
