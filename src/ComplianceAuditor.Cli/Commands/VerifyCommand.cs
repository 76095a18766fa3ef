using System.CommandLine;
using ComplianceAuditor.Reports.Manifest;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// <c>verify RUNFOLDER [--manifest-sha256 HASH]</c>: recomputes every file of a run folder against its
/// manifest.json. Exit 0 intact, 1 changed, missing or added files (or a manifest other than the one
/// recorded), 2 no readable manifest.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("RUNFOLDER") { Description = "A run folder written by audit or report" };
        var expected = new Option<string?>("--manifest-sha256")
        {
            Description = "The manifest's SHA-256 as recorded when the run was made (the manifest cannot hold its own)",
            HelpName = "HASH",
        };
        var command = new Command("verify", "Check that a run folder is exactly what its manifest.json lists: no file changed, missing or added.") { folder, expected };
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(folder), parsed.GetValue(expected)));
        return command;
    }

    private static int Run(CliConsole console, string folder, string? expected)
    {
        var result = RunFolderVerifier.Verify(folder);
        if (result.Manifest is not { } manifest)
        {
            console.Error.WriteLine(Printable.Escape($"error: {result.Error}"));
            console.Error.WriteLine("verify: the folder cannot be verified without its manifest");
            return ExitCodes.Failed;
        }

        List<string> lines = [$"{folder}: {manifest.Kind} of {UtcTime.Text(manifest.AuditedAt)}, {manifest.Files.Length} files, manifest.json sha256 {result.ManifestSha256}"];
        var problems = result.Problems.ToList();
        if (expected is not null && !string.Equals(expected.Trim(), result.ManifestSha256, StringComparison.OrdinalIgnoreCase))
        {
            problems.Insert(0, $"changed: {ManifestSchema.FileName}: expected sha256 {expected.Trim()} (--manifest-sha256), found {result.ManifestSha256}");
        }

        lines.AddRange(problems);
        lines.Add(problems.Count == 0
            ? $"verify: intact: every file matches the manifest{(expected is null ? "; compare the manifest's sha256 above with the one recorded for this run" : ", and the manifest the recorded sha256")}"
            : $"verify: NOT INTACT: {problems.Count} problem(s)");
        foreach (var line in lines)
        {
            console.Output.Write(Printable.Escape(line));
            console.Output.Write('\n');
        }

        return problems.Count == 0 ? ExitCodes.Success : ExitCodes.NotIntact;
    }
}
