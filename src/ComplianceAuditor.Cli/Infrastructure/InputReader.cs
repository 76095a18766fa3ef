using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Live;
using ComplianceAuditor.Kubernetes.Manifests;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli;

/// <summary>
/// Reads INPUT paths, or the live cluster when there are none, for any command, and reports
/// every diagnostic on standard error. Returns null when any error was found, and when the input
/// is a partial snapshot unless --allow-partial accepts it: a command never computes on input it
/// could not read in full without saying so. `audit` (and so every `serve` firing) also refuses file
/// input that holds no object at all.
/// </summary>
internal static class InputReader
{
    /// <param name="refuseEmpty">Refuse file input holding no object at all: set by the commands that score their input (`audit`, and so every `serve` firing).</param>
    public static async Task<ClusterSnapshot?> ReadAsync(IReadOnlyList<string> paths, LiveOptions live, CliConsole console, string command, CancellationToken cancellation, bool refuseEmpty = false)
    {
        var result = paths.Count > 0 ? ManifestLoader.Load(paths) : await LiveSnapshot.LoadAsync(live, console, cancellation).ConfigureAwait(false);
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

        if (paths.Count > 0 && refuseEmpty && IsEmpty(result.Snapshot))
        {
            console.Error.WriteLine(Printable.Escape($"{command}: no Kubernetes objects were read from {string.Join(", ", paths)}: nothing to audit (read are Namespace, Pod, workload and policy objects; other kinds are skipped)"));
            return null;
        }

        return Complete(result.Snapshot, live.AllowPartial, console, command) ? result.Snapshot : null;
    }

    /// <summary>
    /// No object of any read kind. An audit of nothing passes every control, so an empty folder or a
    /// misnamed or truncated dump would score 100%. A dump with only namespaces is a real, if empty,
    /// cluster and is audited; a live cluster always has namespaces. `reach` and `explain` keep
    /// answering on empty input: "nothing reaches anything" is true there, not a pass.
    /// </summary>
    private static bool IsEmpty(ClusterSnapshot snapshot) =>
        snapshot.Namespaces.IsEmpty && snapshot.Pods.IsEmpty && snapshot.Workloads.IsEmpty
        && snapshot.NetworkPolicies.IsEmpty && snapshot.Unevaluated.IsEmpty;

    private static bool Complete(ClusterSnapshot snapshot, bool allowPartial, CliConsole console, string command)
    {
        foreach (var gap in snapshot.Gaps)
        {
            console.Error.WriteLine(Printable.Escape($"warning: NOT EVALUATED: {gap.Resource} was not read: {gap.Reason}"));
        }

        if (snapshot.IsComplete || allowPartial)
        {
            return true;
        }

        console.Error.WriteLine($"{command}: the input is a partial snapshot; an answer computed on it would be silently incomplete. Fix what is missing, or pass --allow-partial to compute on what was seen.");
        return false;
    }
}
