using System.Globalization;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;
using SpreadCheetah;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>
/// The Summary sheet: what was audited, from which inputs, the scores, counts by status, and notes a
/// reader needs to trust the other sheets (continuation sheets, capped evidence, missing inventory).
/// </summary>
internal sealed class SummaryTable
{
    private readonly List<Cell[]> rows = [];
    private readonly XlsxStyles styles;

    private SummaryTable(XlsxStyles styles) => this.styles = styles;

    public static SheetTable Build(ReportInput input, IReadOnlyList<SheetTable> tables, int maxRows, XlsxStyles styles)
    {
        var summary = new SummaryTable(styles);
        var report = input.Report;
        summary.Audit(report);
        summary.Inputs(report.Input);
        summary.Scope(report.Scope);
        summary.Frameworks(report);
        summary.Waivers(report.Waivers);
        summary.Notes(input, tables, maxRows);
        return new("Summary", [new("Section", 20), new("Item", 40), new("Value", 70), new("Detail", 90)], summary.rows.Count, summary.rows);
    }

    private void Add(string section, string? item, Cell value, string? detail = null) =>
        rows.Add([XlsxCells.Text(section), XlsxCells.Text(item), value, XlsxCells.Text(detail)]);

    private void Audit(AuditReport report)
    {
        Add("Audit", "Audited at (UTC)", XlsxCells.Text(XlsxCells.Iso(report.AuditedAt)));
        Add("Audit", "Tool", XlsxCells.Text($"{report.Tool.Name} {report.Tool.Version}"));
        Add("Audit", "Results schema", XlsxCells.Text(report.SchemaVersion));
    }

    private void Inputs(InputInfo input)
    {
        foreach (var source in input.Sources)
        {
            Add("Source", source.ApiServer, XlsxCells.Text(source.Sha256),
                $"SHA-256 of the snapshot taken {XlsxCells.Iso(source.TakenAt)}; context {source.Context ?? "-"}; Kubernetes {source.KubernetesVersion ?? "unknown"}; file {source.File ?? "-"}");
        }

        foreach (var file in input.Files)
        {
            Add("Input file", file.Path, XlsxCells.Text(file.Sha256), $"SHA-256; {file.Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes");
        }

        Add("Input", "Complete", XlsxCells.YesNo(input.Complete), input.Complete ? null : "the snapshot has gaps: see the rows below");
        foreach (var gap in input.Gaps)
        {
            Add("Input gap", gap.Resource, XlsxCells.Text(gap.Reason));
        }

        foreach (var unevaluated in input.Unevaluated)
        {
            Add("Not evaluated", unevaluated, XlsxCells.Text("object present but not evaluated"));
        }

        Add("Input", "Peers", XlsxCells.Number(input.Peers));
        Add("Input", "Namespaces", XlsxCells.Number(input.Namespaces));
        Add("Input", "Policies", XlsxCells.Number(input.Policies));
    }

    private void Scope(ScopeInfo scope)
    {
        Add("Scope", "Origin", XlsxCells.Text(scope.Origin));
        foreach (var zone in scope.Zones)
        {
            var cidrs = zone.Cidrs.IsEmpty ? string.Empty : $"; CIDRs {string.Join(", ", zone.Cidrs)}";
            Add("Zone", $"{zone.Name} ({zone.Kind})", XlsxCells.Join(zone.Namespaces), $"{zone.Peers} peers{cidrs}");
        }

        Add("Scope", "Namespaces in no zone", XlsxCells.Join(scope.UnzonedNamespaces));
    }

    private void Frameworks(AuditReport report)
    {
        foreach (var framework in report.Frameworks)
        {
            rows.Add([XlsxCells.Text("Framework score"), XlsxCells.Text($"{framework.Name} {framework.Version} ({framework.Id})"), styles.Score(framework.Score), styles.Status(framework.Status)]);
        }

        foreach (var framework in report.Frameworks)
        {
            StatusCounts($"Controls: {framework.Id}", framework.Controls.Select(c => c.Status));
        }

        StatusCounts("Findings", FindingPlace.All(report).Select(p => p.Finding.Status));
    }

    private void StatusCounts(string section, IEnumerable<string> statuses)
    {
        var counts = statuses.CountBy(s => s, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var order = XlsxStyles.KnownStatuses.Concat(counts.Keys.Except(XlsxStyles.KnownStatuses, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        foreach (var status in order)
        {
            rows.Add([XlsxCells.Text(section), styles.Status(status), XlsxCells.Number(counts.GetValueOrDefault(status)), XlsxCells.Text(null)]);
        }
    }

    private void Waivers(WaiverSection waivers)
    {
        Add("Waivers", "applied", XlsxCells.Number(waivers.Applied.Length));
        Add("Waivers", "expired", XlsxCells.Number(waivers.Expired.Length), waivers.Expired.IsEmpty ? null : "expired waivers no longer waive anything");
        Add("Waivers", "unused", XlsxCells.Number(waivers.Unused.Length), waivers.Unused.IsEmpty ? null : "unused waivers matched no finding or flow");
    }

    private void Notes(ReportInput input, IReadOnlyList<SheetTable> tables, int maxRows)
    {
        foreach (var table in tables)
        {
            var names = table.SheetNames(maxRows);
            if (names.Length > 1)
            {
                Add("Note", $"{table.Name}: continued", XlsxCells.Text($"continues on {string.Join(", ", names.Skip(1))}"),
                    $"{table.Count.ToString("N0", CultureInfo.InvariantCulture)} rows; a sheet holds at most {maxRows.ToString("N0", CultureInfo.InvariantCulture)} rows including its header");
            }
        }

        var capped = FindingPlace.All(input.Report).LongCount(p => p.Capped);
        if (capped > 0)
        {
            Add("Note", "Evidence capped", XlsxCells.Number(capped),
                $"findings whose evidence results.json lists only in part (at most {FindingPlace.RetainedFlows:N0} flows and {Controls.Evaluation.Evidence.ShownItems} pods, policies or objects each); 'Evidence total' on the Findings sheet counts it all, the Flows sheet lists what results.json lists");
        }

        if (input.Inventory is null)
        {
            Add("Note", "Pods, Policies", XlsxCells.Text("not available"), "rendered from results.json without the cluster snapshot");
        }

        if (ScoreTrend.Of(input).Omitted is var omitted and > 0)
        {
            Add("Note", "Trend", XlsxCells.Number(omitted), $"earlier runs of this target not on the Trend sheet, which holds the newest {TrendPoint.EarlierRunsShown} and this run");
        }

        Add("Note", "Text cells", XlsxCells.Text("values starting with = + - @ tab or CR are prefixed with ' so they never run as formulas"));
        Add("Note", "Dates", XlsxCells.Text("ISO 8601 text, UTC"), "except the Trend sheet's 'Audited at (UTC)', a date cell so runs sort and chart by time");
    }
}
