using System.Collections.Immutable;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>How one pass of <see cref="AuditPipeline"/> ended.</summary>
/// <param name="ExitCode">What `audit` exits with: 0, 1 (below --fail-under or new critical), 2 (could not complete).</param>
/// <param name="Folder">The complete run folder written (it has its manifest); null when none was.</param>
/// <param name="Scores">
/// Score per framework id, as results.json records them; empty when no folder was written. `serve`'s
/// metrics take them from here rather than reading a finished run's results.json back from disk.
/// </param>
internal sealed record AuditRun(int ExitCode, string? Folder, ImmutableSortedDictionary<string, double?> Scores)
{
    public static AuditRun Failed { get; } = new(ExitCodes.Failed, null, ImmutableSortedDictionary<string, double?>.Empty.WithComparers(StringComparer.Ordinal));
}
