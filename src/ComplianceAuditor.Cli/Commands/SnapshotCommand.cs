using System.CommandLine;
using ComplianceAuditor.Kubernetes.Snapshots;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// <c>snapshot [--kubeconfig F] [--context C] [--output FILE] ...</c>: reads the live cluster into
/// a minimized, hashed snapshot file (gzip when FILE ends in .gz) that every command takes as INPUT.
/// </summary>
internal static class SnapshotCommand
{
    public static Command Create(CliConsole console)
    {
        var live = new LiveOptionSet();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the snapshot to FILE (gzip-compressed when it ends in .gz) instead of standard output",
            HelpName = "FILE",
        };
        var command = new Command("snapshot", "Read the live cluster into a minimized, hashed snapshot file.") { output };
        live.AddTo(command);
        command.SetAction((parsed, cancellation) => RunAsync(console, live.Read(parsed), parsed.GetValue(output), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, Kubernetes.Live.LiveOptions options, string? output, CancellationToken cancellation)
    {
        var content = await LiveSnapshot.TakeAsync(options, console, cancellation).ConfigureAwait(false);
        string sha256;
        if (output is null)
        {
            var bytes = SnapshotWriter.Serialize(content, out sha256);
            using var stream = new TextWriterStream(console.Output);
            stream.Write(bytes);
        }
        else
        {
            sha256 = SnapshotWriter.WriteFile(content, output);
        }

        Summarize(console, content, sha256, output);
        return ExitCodes.Success;
    }

    private static void Summarize(CliConsole console, SnapshotContent content, string sha256, string? output)
    {
        var counts = string.Join(", ", content.Sections.Select(s => $"{s.Items.Count:N0} {s.Resource}"));
        console.Error.WriteLine(Printable.Escape($"snapshot of {content.ApiServer} (context {content.Context}, Kubernetes {content.KubernetesVersion ?? "version unknown"}): {counts}"));
        foreach (var absent in content.Absent)
        {
            console.Error.WriteLine($"  {absent}: not served by this cluster (recorded as absent)");
        }

        foreach (var gap in content.Missing)
        {
            console.Error.WriteLine(Printable.Escape($"  WARNING: {gap.Resource} NOT LISTED, recorded as missing: {gap.Reason}"));
        }

        console.Error.WriteLine($"sha256 {sha256}{(output is null ? string.Empty : $"  {output}")}");
    }
}
