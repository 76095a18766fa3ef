using System.Globalization;
using System.Text;
using ComplianceAuditor.TestSupport.Synthetic;

namespace ComplianceAuditor.Benchmarks;

/// <summary>The README table: median times per size, the largest peak working set, and how time grows.</summary>
internal static class SizesTable
{
    public static string Render(IReadOnlyList<(SyntheticClusterOptions Size, List<ScaleResult> Runs)> rows, bool warm)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Engine = inventory + compile + classify + stats (generation excluded); {(warm ? "warm (second engine run on the snapshot in one process)" : "cold process")} runs; times are medians of {(rows.Count > 0 ? rows[0].Runs.Count : 0)} (min: the least disturbed run on a shared machine), peak is the largest.");
        text.AppendLine();
        text.AppendLine("| pods | namespaces | policies | peers | peer classes | allowed pairs | generate ms | inventory ms | compile ms | classify ms | stats ms | **engine ms** | engine ms (min) | engine CPU ms | peak MB | engine alloc MB |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (size, runs) in rows)
        {
            var first = runs[0];
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {size.Pods:N0} | {size.Namespaces:N0} | {size.Policies:N0} | {first.Peers:N0} | {first.PeerClasses:N0} | {first.AllowedPairs:N0} " +
                $"| {Median(runs, r => r.GenerateMs):F0} | {Median(runs, r => r.InventoryMs):F0} | {Median(runs, r => r.CompileMs):F0} " +
                $"| {Median(runs, r => r.ClassifyMs):F0} | {Median(runs, r => r.StatsMs):F0} | **{Median(runs, r => r.EngineMs):F0}** | {runs.Min(r => r.EngineMs):F0} | {Median(runs, r => r.EngineCpuMs):F0} " +
                $"| {runs.Max(r => r.PeakWorkingSetMb):F0} | {Median(runs, r => r.EngineAllocatedMb):F0} |");
        }

        text.AppendLine();
        for (var i = 1; i < rows.Count; i++)
        {
            var (before, after) = (rows[i - 1], rows[i]);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- {before.Size.Pods:N0} → {after.Size.Pods:N0} pods (×{(double)after.Size.Pods / before.Size.Pods:F1}): engine time ×{Median(after.Runs, r => r.EngineMs) / Median(before.Runs, r => r.EngineMs):F1}, peak memory ×{after.Runs.Max(r => r.PeakWorkingSetMb) / before.Runs.Max(r => r.PeakWorkingSetMb):F1}");
        }

        foreach (var (size, runs) in rows.Where(r => r.Runs.All(run => run.LoadMs is not null)))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- {size.Pods:N0} pods through ManifestLoader: {runs[0].ManifestMb:F0} MB of JSON loaded in {Median(runs, r => r.LoadMs!.Value):F0} ms (median), {runs.Max(r => r.LoadErrors)} load errors");
        }

        foreach (var (size, runs) in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {size.Pods:N0} pods, engine ms per run: {string.Join(", ", runs.Select(r => r.EngineMs.ToString("F0", CultureInfo.InvariantCulture)))}");
        }

        return text.ToString();
    }

    private static double Median(List<ScaleResult> runs, Func<ScaleResult, double> value)
    {
        var sorted = runs.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
