using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>One "firing scheduled T started on NODE" line of a service's log.</summary>
internal sealed partial record ServeFiring(string Target, DateTimeOffset Scheduled, string Instance, bool Recovering)
{
    public static IEnumerable<ServeFiring> Read(IEnumerable<string> lines) =>
        lines.Select(l => Started().Match(l)).Where(m => m.Success).Select(m => new ServeFiring(
            m.Groups["target"].Value,
            DateTimeOffset.Parse(m.Groups["time"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            m.Groups["node"].Value,
            m.Groups["recovering"].Success));

    /// <summary>Targets' "finished exit N in S -> FOLDER" lines: target and run folder.</summary>
    public static IEnumerable<(string Target, int ExitCode, string Folder)> Finished(IEnumerable<string> lines) =>
        lines.Select(l => FinishedLine().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups["target"].Value, int.Parse(m.Groups["code"].Value, CultureInfo.InvariantCulture), m.Groups["folder"].Value));

    [GeneratedRegex(@"^serve: (?<target>[a-z0-9-]+): firing scheduled (?<time>\S+) started on (?<node>\S+?)(?<recovering> \(recovering.*)?$")]
    private static partial Regex Started();

    [GeneratedRegex(@"^serve: (?<target>[a-z0-9-]+): finished exit (?<code>\d+) in \S+ -> (?<folder>.+)$")]
    private static partial Regex FinishedLine();
}
