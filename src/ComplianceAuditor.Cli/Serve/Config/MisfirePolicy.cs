namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>What a firing missed while no replica was running (or all were busy) becomes.</summary>
internal enum MisfirePolicy
{
    /// <summary>One audit as soon as a replica can run it, however many firings were missed; then the schedule as before. The default: an audit late is better than none.</summary>
    RunOnce,

    /// <summary>Missed firings are dropped; the next audit is the next scheduled one.</summary>
    Skip,
}
