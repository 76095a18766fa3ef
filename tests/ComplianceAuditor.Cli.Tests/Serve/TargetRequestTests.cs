using System.Globalization;
using ComplianceAuditor.Cli.Commands;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>A firing's audit request, and what it means for the run folders a target accumulates.</summary>
public sealed class TargetRequestTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("target-request-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_firing_removes_a_failed_folder_and_treats_its_out_folder_as_the_targets_own()
    {
        var request = TargetRequest.For(ServeTargets.Demo("0 2 * * *"));

        Assert.True(request.RemoveFolderOnFailure);
        Assert.True(request.OutIsPerTarget);
    }

    [Fact]
    public async Task A_files_target_whose_drop_changed_name_keeps_its_trend_across_the_rename()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero));
        var first = await Fire(Drop("export-2026-11-28.yaml"), clock);
        clock.Advance(TimeSpan.FromDays(1));
        var second = await Fire(Drop("export-2026-11-29.yaml"), clock);

        // Both runs are in the second run's trend, though runs.json records each under its own file.
        var summary = File.ReadAllText(Path.Combine(second, "summary.md"));
        Assert.Contains(Path.GetFileName(first), summary, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(second), summary, StringComparison.Ordinal);
    }

    private string Drop(string name)
    {
        var path = Path.Combine(root, name);
        File.Copy(Bundled.DemoCluster, path, overwrite: true);
        return path;
    }

    private async Task<string> Fire(string drop, TimeProvider clock)
    {
        var target = ServeTargets.Demo("0 2 * * *") with
        {
            Cluster = new TargetCluster.Files([drop]),
            Out = Path.Combine(root, "out"),
            Formats = ["md"],
        };
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var run = await AuditPipeline.RunAsync(TargetRequest.For(target), new CliConsole(output, error, false, clock), default);
        Assert.True(run.Folder is not null && run.ExitCode is 0 or 1, error.ToString());
        return run.Folder!;
    }
}
