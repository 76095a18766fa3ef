using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli;

/// <summary>
/// Reads INPUT paths for any command and reports every diagnostic on standard error. Returns null
/// when any error was found: a command never computes on input it could not read in full.
/// </summary>
internal static class InputReader
{
    public static ClusterSnapshot? Read(IReadOnlyList<string> paths, CliConsole console, string command)
    {
        var result = ManifestLoader.Load(paths);
        foreach (var diagnostic in result.Diagnostics)
        {
            console.Error.WriteLine(Printable.Escape(diagnostic.ToString()));
        }

        if (result.HasErrors)
        {
            var errors = result.Diagnostics.Count(d => d.IsError);
            console.Error.WriteLine($"{command}: {errors} error{(errors == 1 ? string.Empty : "s")} in the input; nothing was computed");
            return null;
        }

        return result.Snapshot;
    }
}
