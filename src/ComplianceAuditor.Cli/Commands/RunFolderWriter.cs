using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Reports.Manifest;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// Fills a run folder: results.json, then each selected report rendered from results.json read back
/// (so a report says exactly what results.json says) and the score trend from runs.json (which is
/// updated for this run only afterwards), then manifest.json last. Every file is written
/// to a temporary name and renamed when complete; a folder without manifest.json is an unfinished
/// or failed run, and `verify` says so.
/// </summary>
internal static class RunFolderWriter
{
    /// <summary>The manifest's SHA-256, or null once it has said on standard error what failed.</summary>
    /// <remarks>Cancellation is checked between files; each file is complete or absent (temporary name, then renamed).</remarks>
    public static string? Write(string folder, Action<Stream> writeResults, RunOutput output, CliConsole console, CancellationToken cancellation = default)
    {
        var resultsPath = Path.Combine(folder, ReportRenderers.ResultsFileName);
        OutputTarget.Write(resultsPath, console, writeResults);
        if (AuditReportReader.Read(resultsPath, out var error) is not { } report)
        {
            console.Error.WriteLine(Printable.Escape($"error: {error}"));
            return null;
        }

        var (history, historyRead) = RunHistory.Load(output.History ?? HistorySource.Of(folder), report, console);
        var input = new ReportInput { Report = report, Inventory = output.Inventory, TemplatesDirectory = output.Templates, History = history };
        foreach (var renderer in output.Renderers)
        {
            cancellation.ThrowIfCancellationRequested();
            if (!Render(folder, renderer, input, console))
            {
                return null;
            }
        }

        cancellation.ThrowIfCancellationRequested();
        var manifest = new RunManifest
        {
            SchemaVersion = ManifestSchema.Version,
            Tool = new Reports.Model.ToolInfo(CliApp.ToolName, ToolInfo.Version),
            Kind = output.Kind,
            AuditedAt = report.AuditedAt,
            CreatedAt = output.CreatedAt,
            Files = [.. RunFolderContents.Hash(folder)],
            Inputs = [.. report.Input.Files.Select(f => new ManifestInput("input", f.Path, f.Bytes, f.Sha256)), .. output.Read, .. historyRead is null ? [] : new[] { historyRead }],
        };
        var manifestPath = Path.Combine(folder, ManifestSchema.FileName);
        OutputTarget.Write(manifestPath, console, stream => RunManifestJson.Write(stream, manifest));
        return FileHash.Of(manifestPath).Sha256;
    }

    /// <summary>Prints where the files are and the manifest's hash, which the manifest cannot hold itself.</summary>
    public static void Summary(string folder, IReadOnlyList<IReportRenderer> renderers, string manifestSha256, CliConsole console)
    {
        List<string> lines =
        [
            .. renderers.Count > 0 ? [$"reports: {string.Join(", ", renderers.Select(r => Path.Combine(folder, r.FileName)))}"] : Array.Empty<string>(),
            $"manifest: {Path.Combine(folder, ManifestSchema.FileName)} sha256 {manifestSha256}",
            $"  record this sha256 with the evidence (e.g. in the audit ticket): `{CliApp.ToolName} verify {folder} --manifest-sha256 {manifestSha256}` proves the folder unchanged",
        ];
        foreach (var line in lines)
        {
            console.Output.Write(Printable.Escape(line));
            console.Output.Write('\n');
        }
    }

    private static bool Render(string folder, IReportRenderer renderer, ReportInput input, CliConsole console)
    {
        try
        {
            OutputTarget.Write(Path.Combine(folder, renderer.FileName), console, stream => renderer.Render(input, stream));
            return true;
        }
#pragma warning disable CA1031 // A renderer may fail in any way; each must end in the same clear message and exit 2, and no partial file.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            // The message may quote cluster data (a label, an annotation): escaped, so no line of it is forged.
            console.Error.WriteLine(Printable.Escape($"error: the {renderer.Format} report ({renderer.FileName}) could not be rendered: {e.Message}"));
            console.Error.WriteLine(Printable.Escape($"error: {folder} is incomplete: it has no {renderer.FileName} and no {ManifestSchema.FileName}"));
            return false;
        }
    }
}
