namespace ComplianceAuditor.Cli.Retention;

/// <summary>`audit --keep N --keep-days D`: a run folder beyond the newest N, or older than D days, may be pruned.</summary>
internal sealed record RetentionPolicy(int? Keep, int? KeepDays)
{
    public bool Prunes => Keep is not null || KeepDays is not null;

    /// <summary>Whether the run at <paramref name="rank"/> (0 = newest) falls outside the policy at <paramref name="now"/>.</summary>
    public bool Expired(int rank, DateTimeOffset written, DateTimeOffset now) =>
        (Keep is { } keep && rank >= keep) || (KeepDays is { } days && written < now.AddDays(-days));
}
