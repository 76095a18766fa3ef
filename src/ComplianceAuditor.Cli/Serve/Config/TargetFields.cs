using System.Collections.Immutable;
using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>
/// The target fields `defaults` may also give, as read (checked, paths resolved), each null when not written.
/// A target's own value wins over the default's, field by field; <c>retention</c> is one field.
/// </summary>
internal sealed record TargetFields
{
    public static TargetFields None { get; } = new();

    public string? Schedule { get; init; }

    public string? WrittenSchedule { get; init; }

    public TimeZoneInfo? TimeZone { get; init; }

    public ImmutableArray<string>? Controls { get; init; }

    public string? Scope { get; init; }

    public string? Waivers { get; init; }

    /// <summary>In a target, its folder; in defaults, the parent of every target's folder.</summary>
    public string? Out { get; init; }

    public SourceLocation? OutLocation { get; init; }

    public double? FailUnder { get; init; }

    public ImmutableArray<string>? Formats { get; init; }

    public string? Templates { get; init; }

    public RetentionPolicy? Retention { get; init; }

    public MisfirePolicy? Misfire { get; init; }

    public TimeSpan? MisfireThreshold { get; init; }

    /// <summary>This target's values, the defaults' where it has none.</summary>
    public TargetFields Or(TargetFields defaults) => new()
    {
        Schedule = WrittenSchedule is null ? defaults.Schedule : Schedule,
        WrittenSchedule = WrittenSchedule ?? defaults.WrittenSchedule,
        TimeZone = TimeZone ?? defaults.TimeZone,
        Controls = Controls ?? defaults.Controls,
        Scope = Scope ?? defaults.Scope,
        Waivers = Waivers ?? defaults.Waivers,
        Out = Out,
        OutLocation = OutLocation,
        FailUnder = FailUnder ?? defaults.FailUnder,
        Formats = Formats ?? defaults.Formats,
        Templates = Templates ?? defaults.Templates,
        Retention = Retention ?? defaults.Retention,
        Misfire = Misfire ?? defaults.Misfire,
        MisfireThreshold = MisfireThreshold ?? defaults.MisfireThreshold,
    };
}
