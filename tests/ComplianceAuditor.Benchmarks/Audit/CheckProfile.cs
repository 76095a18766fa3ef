using System.Diagnostics;
using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Evaluation;

namespace ComplianceAuditor.Benchmarks.Audit;

/// <summary>
/// Times every check of every catalog alone on an existing context (a second, warm pass after the
/// real audit): where the audit's time goes, per catalog and per check type.
/// </summary>
internal static class CheckProfile
{
    public static (Dictionary<string, double> Catalogs, Dictionary<string, double> Types, Dictionary<string, double> Slowest) Measure(
        AuditContext context, IReadOnlyList<ControlCatalog> catalogs)
    {
        var timings = new List<(string Catalog, string Type, string Check, double Ms)>();
        var clock = new Stopwatch();
        foreach (var catalog in catalogs)
        {
            foreach (var control in catalog.Controls)
            {
                for (var i = 0; i < control.Checks.Length; i++)
                {
                    var check = control.Checks[i];
                    clock.Restart();
                    GC.KeepAlive(check.Evaluate(context));
                    timings.Add((catalog.Framework.Id, check.Type, $"{catalog.Framework.Id}/{control.Id}[{i}] {check.Type}", clock.Elapsed.TotalMilliseconds));
                }
            }
        }

        return (
            Sum(timings.GroupBy(t => t.Catalog)),
            Sum(timings.GroupBy(t => t.Type)),
            timings.OrderByDescending(t => t.Ms).Take(8).ToDictionary(t => t.Check, t => Math.Round(t.Ms, 1), StringComparer.Ordinal));
    }

    private static Dictionary<string, double> Sum(IEnumerable<IGrouping<string, (string Catalog, string Type, string Check, double Ms)>> groups) =>
        groups.OrderByDescending(g => g.Sum(t => t.Ms)).ToDictionary(g => g.Key, g => Math.Round(g.Sum(t => t.Ms), 1), StringComparer.Ordinal);
}
