using System.Collections.Immutable;
using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>
/// One cluster the service audits on its own schedule, with the same inputs `audit` takes.
/// </summary>
internal sealed record ServeTarget
{
    /// <summary>Unique in the file; [a-z0-9]([-a-z0-9]*[a-z0-9])?, at most 63 characters. The Quartz job key and the metrics label.</summary>
    public required string Name { get; init; }

    /// <summary>A Quartz cron expression (seconds first), normalised from what the file said.</summary>
    public required string Schedule { get; init; }

    /// <summary>The schedule as the file wrote it (e.g. 5-field crontab); null when that is <see cref="Schedule"/>.</summary>
    public string? WrittenSchedule { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }

    public required TargetCluster Cluster { get; init; }

    /// <summary>Catalog files or folders; empty means the bundled catalogs.</summary>
    public required ImmutableArray<string> Controls { get; init; }

    public string? Scope { get; init; }

    public string? Waivers { get; init; }

    /// <summary>The folder that receives this target's run folders and runs.json.</summary>
    public required string Out { get; init; }

    /// <summary>Where the file set <see cref="Out"/>; null when it is derived from defaults.</summary>
    public SourceLocation? OutLocation { get; init; }

    public double? FailUnder { get; init; }

    /// <summary>Report format names as `audit --format` takes them; empty means all.</summary>
    public required ImmutableArray<string> Formats { get; init; }

    public string? Templates { get; init; }

    public required RetentionPolicy Retention { get; init; }

    public required MisfirePolicy Misfire { get; init; }

    /// <summary>How late a firing may start before it counts as misfired and <see cref="Misfire"/> applies.</summary>
    public required TimeSpan MisfireThreshold { get; init; }

    /// <summary>Where the target was defined, for messages.</summary>
    public required SourceLocation Location { get; init; }
}
