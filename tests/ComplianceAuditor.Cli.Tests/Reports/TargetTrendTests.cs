using System.Globalization;
using System.Text.Json.Nodes;
using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Cli.Tests.Demo;
using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>
/// A `serve` target's out folder holds that target's runs alone, so its trend takes every earlier run
/// whatever runs.json calls its cluster (a files target's input paths change with the drop's name);
/// an --out folder shared by `audit` runs keeps the trend to the reported run's cluster.
/// </summary>
public sealed class TargetTrendTests : IDisposable
{
    private static readonly DateTimeOffset T = DemoAudit.AuditTime;

    private readonly string root = Directory.CreateTempSubdirectory("target-trend-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_target_trend_keeps_earlier_runs_whose_recorded_cluster_was_another_file_name()
    {
        var (first, second) = (Audit(T), Audit(T.AddDays(1)));
        Rename(first, "/drops/export-2026-11-28.yaml");
        var report = AuditReportReader.Read(Path.Combine(second, "results.json"), out var error) ?? throw new InvalidOperationException(error);
        var console = new CliConsole(new StringWriter(), new StringWriter(), false, TimeProvider.System);

        var (target, _) = RunHistory.Load(HistorySource.OfTarget(second), report, console);
        var (shared, _) = RunHistory.Load(HistorySource.Of(second), report, console);

        Assert.Equal([Path.GetFileName(first), Path.GetFileName(second)], target.Select(p => p.Folder));
        Assert.Equal([Path.GetFileName(second)], shared.Select(p => p.Folder));
    }

    private void Rename(string folder, string cluster)
    {
        var path = Path.Combine(root, "runs.json");
        var runs = JsonNode.Parse(File.ReadAllText(path))!;
        runs["runs"]!.AsArray().Single(r => (string?)r!["folder"] == Path.GetFileName(folder))!["cluster"] = cluster;
        File.WriteAllText(path, runs.ToJsonString());
    }

    private string Audit(DateTimeOffset at)
    {
        var result = RunFolderFiles.RunAt(at, "audit", "--demo", "--format", "md", "--out", root);
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        return Path.Combine(root, "audit-" + at.UtcDateTime.ToString("yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture));
    }
}
