using System.CommandLine;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests;
using ComplianceAuditor.Reports.Manifest;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// <c>report --from results.json [--from INPUT...] [--format F,...] [--templates DIR] [--out DIR]</c>:
/// renders an earlier run again, without the cluster, into a new run folder report-&lt;UTC&gt; holding
/// a copy of that results.json, the reports and manifest.json.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Option<string[]>("--from")
        {
            Description = "First an earlier run's results.json; then, optionally, the audited input (snapshot, manifests, dumps) for the inventory sections",
            HelpName = "FILE",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "Folder for the run folders; each run gets a new one", HelpName = "DIR", DefaultValueFactory = _ => "reports" };
        var report = new ReportOptionSet();
        var command = new Command("report", "Render the reports of an earlier audit again from its results.json, without the cluster.") { from, output };
        report.AddTo(command);
        command.SetAction(parsed =>
        {
            var (renderers, templates) = report.Read(parsed);
            return Run(console, parsed.GetRequiredValue(from), parsed.GetRequiredValue(output), renderers, templates);
        });
        return command;
    }

    private static int Run(CliConsole console, string[] from, string root, IReadOnlyList<Reports.Rendering.IReportRenderer> renderers, string? templates)
    {
        if (!ReportOptionSet.TemplatesExist(templates, console))
        {
            return ExitCodes.Failed;
        }

        var resultsPath = from[0];
        var bytes = File.ReadAllBytes(resultsPath);
        using var check = new MemoryStream(bytes, writable: false);
        if (AuditReportReader.Read(check, resultsPath, out var error) is not { } report)
        {
            console.Error.WriteLine(Printable.Escape($"error: {error}"));
            return ExitCodes.Failed;
        }

        ClusterSnapshot? inventory = null;
        if (from.Length > 1 && (inventory = Inventory(from[1..], console)) is null)
        {
            return ExitCodes.Failed;
        }

        if (inventory is not null && inventory.Files.Any(f => !report.Input.Files.Any(i => i.Sha256 == f.Sha256)))
        {
            console.Error.WriteLine("warning: the inventory input is not what results.json records as audited (its SHA-256s are not in input.files); the reports show it as given");
        }

        var now = console.Time.GetUtcNow();
        var read = new List<ManifestInput> { new("results", resultsPath, bytes.LongLength, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))) };
        read.AddRange(inventory?.Files.Select(f => new ManifestInput("inventory", f.Path, f.Bytes, f.Sha256)) ?? []);
        var folder = RunFolder.Create(root, now, "report");
        var run = new RunOutput("report", now, renderers, templates, inventory, read, Retention.HistorySource.OfResults(resultsPath));
        if (RunFolderWriter.Write(folder, stream => stream.Write(bytes), run, console) is not { } manifestSha256)
        {
            return ExitCodes.Failed;
        }

        console.Output.Write(Printable.Escape($"results: {Path.Combine(folder, Reports.Rendering.ReportRenderers.ResultsFileName)} (copied from {resultsPath})") + "\n");
        RunFolderWriter.Summary(folder, renderers, manifestSha256, console);
        return ExitCodes.Success;
    }

    /// <summary>The inventory input, read as `audit` reads its INPUT; any error in it stops the report.</summary>
    private static ClusterSnapshot? Inventory(string[] paths, CliConsole console)
    {
        var loaded = ManifestLoader.Load(paths);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            console.Error.WriteLine(Printable.Escape(diagnostic.ToString()));
        }

        if (loaded.HasErrors)
        {
            console.Error.WriteLine("report: the inventory input has errors; nothing was written");
            return null;
        }

        return loaded.Snapshot;
    }
}
