namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>What this process knows about one target. Mutated only under <see cref="ServiceMetrics"/>' lock.</summary>
internal sealed class TargetState(string name)
{
    public string Name { get; } = name;

    /// <summary>Where the configuration says the snapshot comes from; null for a target not (or no longer) configured.</summary>
    public string? Source { get; set; }

    /// <summary>The source the target was last configured with, kept after it is dropped: score_percent's cluster label, one series per target.</summary>
    public string? Cluster { get; set; }

    public RunIndexWatcher? Index { get; set; }

    public LastRun? LastLocal { get; set; }

    public LastRun? LastLocalSuccess { get; set; }

    public long Completed { get; set; }

    public long BelowThreshold { get; set; }

    public long Failed { get; set; }

    public long Abandoned { get; set; }

    public int Running { get; set; }

    public DateTimeOffset? NextFire { get; set; }

    public TargetView View(SharedRuns shared) => new(
        Name,
        Source,
        Cluster,
        LastRun.Newer(LastLocal, shared.Newest),
        LastRun.Newer(LastLocalSuccess, shared.NewestSuccess),
        Completed,
        BelowThreshold,
        Failed,
        Abandoned,
        Running,
        NextFire);
}
