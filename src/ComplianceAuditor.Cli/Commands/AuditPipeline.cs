using System.Collections.Immutable;
using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Reports.Manifest;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Results;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// One audit, the same for `audit` and every `serve` firing: setup, snapshot, evaluation, a new run
/// folder (results.json, reports, manifest.json last), the summary, then runs.json and retention.
/// </summary>
/// <remarks>
/// Cancellation is honoured up to the manifest. A run cancelled after it claimed its folder deletes
/// that folder: it has no manifest yet, so it is not evidence of anything, and leaving it would only
/// show up as an incomplete run in runs.json. With <see cref="AuditRequest.RemoveFolderOnFailure"/>
/// (serve) any other failure before the manifest deletes it too. Once the manifest is written the run
/// is complete and runs.json and retention are applied whatever the token says, so the index never
/// misses a run that exists.
/// </remarks>
internal static class AuditPipeline
{
    public static async Task<AuditRun> RunAsync(AuditRequest request, CliConsole console, CancellationToken cancellation)
    {
        if (!ReportOptionSet.TemplatesExist(request.Templates, console))
        {
            return AuditRun.Failed;
        }

        var now = console.Time.GetUtcNow();
        var setup = AuditSetup.Load(request, now, console);
        if (setup is null)
        {
            return AuditRun.Failed;
        }

        var snapshot = await InputReader.ReadAsync(request.Demo ? [Bundled.DemoCluster] : request.Inputs, request.Live, console, "audit", cancellation, refuseEmpty: true).ConfigureAwait(false);
        if (snapshot is null)
        {
            return AuditRun.Failed;
        }

        cancellation.ThrowIfCancellationRequested();
        var result = Auditor.Run(new AuditContext(snapshot, setup.Scope, now), setup.Catalogs, setup.Waivers);
        cancellation.ThrowIfCancellationRequested();
        var folder = RunFolder.Create(request.Out, now);
        var output = new RunOutput("audit", now, request.Renderers, request.Templates, snapshot, setup.Read, request.OutIsPerTarget ? HistorySource.OfTarget(folder) : null);
        var manifestSha256 = WriteFolder(request, folder, output, stream => ResultsJsonWriter.Write(stream, result, ToolInfo.Version), console, cancellation);
        if (manifestSha256 is null)
        {
            return AuditRun.Failed;
        }

        SummaryTextWriter.Write(console.Output, result, Path.Combine(folder, ReportRenderers.ResultsFileName));
        RunFolderWriter.Summary(folder, request.Renderers, manifestSha256, console);
        var exitCode = RunRetention.Apply(folder, Verdict.ExitCode(result, request.FailUnder, setup.FailedInBaseline, console), request.Retention, console);
        return new AuditRun(exitCode, folder, result.Frameworks.ToImmutableSortedDictionary(f => f.Framework.Id, f => f.Score, StringComparer.Ordinal));
    }

    /// <summary>The run folder's files; the manifest's hash, or null when they could not all be written.</summary>
    private static string? WriteFolder(AuditRequest request, string folder, RunOutput output, Action<Stream> results, CliConsole console, CancellationToken cancellation)
    {
        string? manifestSha256;
        try
        {
            manifestSha256 = RunFolderWriter.Write(folder, results, output, console, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Abandon(folder, "cancelled", console);
            throw;
        }
        catch when (request.RemoveFolderOnFailure)
        {
            Abandon(folder, "failed", console);
            throw;
        }

        if (manifestSha256 is null && request.RemoveFolderOnFailure)
        {
            Abandon(folder, "failed", console);
        }

        return manifestSha256;
    }

    /// <summary>Deletes a run folder that has no manifest; a folder that has one is complete and stays.</summary>
    private static void Abandon(string folder, string why, CliConsole console)
    {
        if (File.Exists(Path.Combine(folder, ManifestSchema.FileName)))
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
            console.Error.WriteLine(Printable.Escape($"audit: {why}; removed the unfinished run folder {folder}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(Printable.Escape($"warning: {why}; could not remove the unfinished run folder {folder}: {e.Message}"));
        }
    }
}
