namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>What a target's runs.json says: its newest run, and its newest run that completed the audit (often the same).</summary>
internal sealed record SharedRuns(LastRun? Newest, LastRun? NewestSuccess)
{
    public static SharedRuns None { get; } = new(null, null);
}
