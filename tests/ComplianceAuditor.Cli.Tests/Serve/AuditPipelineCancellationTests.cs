using System.Globalization;
using ComplianceAuditor.Cli.Commands;
using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Kubernetes.Live;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>The pipeline `audit` and every `serve` firing share, cancelled part way through its run folder.</summary>
public sealed class AuditPipelineCancellationTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("pipeline-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Cancelled_while_rendering_it_removes_its_claimed_run_folder_and_leaves_no_temporary_file()
    {
        using var cancellation = new CancellationTokenSource();
        var request = Request([new CancellingRenderer(cancellation), new CancellingRenderer(cancellation)]);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var console = new CliConsole(output, error, false, TimeProvider.System);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AuditPipeline.RunAsync(request, console, cancellation.Token));

        Assert.Matches(@"^audit: cancelled; removed the unfinished run folder .*audit-\S+\n$", error.ToString());
        Assert.Equal([], Directory.EnumerateFileSystemEntries(Path.Combine(root, "out")));
    }

    [Fact]
    public async Task Not_cancelled_it_writes_the_run_folder_and_runs_json_as_audit_does()
    {
        var request = Request([]);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        var run = await AuditPipeline.RunAsync(request, new CliConsole(output, error, false, TimeProvider.System), default);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(run.Folder!, "manifest.json")), error.ToString());
        Assert.Contains($"manifest: {Path.Combine(run.Folder!, "manifest.json")} sha256 ", output.ToString(), StringComparison.Ordinal);
        Assert.Single(RunIndexJson.Read(Path.Combine(root, "out", RunIndexJson.FileName), out _)!);
    }

    [Fact]
    public async Task Under_serve_a_renderer_failure_removes_the_run_folder()
    {
        var request = Request([new FailingRenderer()]) with { RemoveFolderOnFailure = true };
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        var run = await AuditPipeline.RunAsync(request, new CliConsole(output, error, false, TimeProvider.System), default);

        Assert.Equal((2, null), (run.ExitCode, run.Folder));
        Assert.Matches(@"\naudit: failed; removed the unfinished run folder .*audit-\S+\n$", error.ToString());
        Assert.Equal([], Directory.EnumerateFileSystemEntries(Path.Combine(root, "out")));
    }

    [Fact]
    public async Task Under_audit_a_renderer_failure_keeps_the_incomplete_run_folder_its_message_names()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        var run = await AuditPipeline.RunAsync(Request([new FailingRenderer()]), new CliConsole(output, error, false, TimeProvider.System), default);

        Assert.Equal(2, run.ExitCode);
        var folder = Assert.Single(Directory.EnumerateDirectories(Path.Combine(root, "out")));
        Assert.Contains($"error: {folder} is incomplete", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "manifest.json")));
    }

    private AuditRequest Request(IReadOnlyList<IReportRenderer> renderers) => new(
        [], new LiveOptions(), Demo: true, [], null, null, Path.Combine(root, "out"), null, null, renderers, null, new RetentionPolicy(null, null));

    /// <summary>A renderer with a bug.</summary>
    private sealed class FailingRenderer : IReportRenderer
    {
        public string Format => "fake";

        public string FileName => "fake.txt";

        public void Render(ReportInput input, Stream output) => throw new InvalidOperationException("renderer bug");
    }

    /// <summary>Writes a little, then cancels the run, as SIGTERM's grace running out would mid-report.</summary>
    private sealed class CancellingRenderer(CancellationTokenSource cancellation) : IReportRenderer
    {
        public string Format => "fake";

        public string FileName => $"fake-{GetHashCode()}.txt";

        public void Render(ReportInput input, Stream output)
        {
            output.WriteByte((byte)'x');
            cancellation.Cancel();
        }
    }
}
