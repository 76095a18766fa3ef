using ClosedXML.Excel;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Tests.Xlsx;

namespace ComplianceAuditor.Reports.Tests.Trend;

/// <summary>The workbook's Trend sheet read back with ClosedXML: a row per run, a date cell, a number per framework.</summary>
public class TrendSheetTests
{
    [Fact]
    public void A_row_per_run_oldest_first_with_a_date_cell_and_a_number_column_per_framework_id()
    {
        using var workbook = SampleReports.Open(SampleReports.Render(TrendSamples.Input(TrendSamples.ThreeRuns())));

        var sheet = workbook.Worksheet("Trend");

        Assert.Equal(2, sheet.Position);
        Assert.Equal(["Audited at (UTC)", "Run folder", "Current", "hipaa", "pci-dss"], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal("A1:E4", sheet.AutoFilter.Range.RangeAddress.ToString());
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(XLDataType.DateTime, r.Cell(1).DataType));
        Assert.Equal([new DateTime(2026, 11, 26, 10, 0, 0), new DateTime(2026, 11, 27, 10, 0, 0), new DateTime(2026, 11, 28, 10, 0, 0)], rows.Select(r => r.Cell(1).GetDateTime()));
        Assert.Equal(["audit-2026-11-26T10-00-00Z", "audit-2026-11-27T10-00-00Z", "audit-2026-11-28T10-00-00Z"], rows.Select(r => r.Cell(2).GetString()));
        Assert.Equal(["no", "no", "yes"], rows.Select(r => r.Cell(3).GetString()));
        Assert.Equal([55.5, 40], [rows[0].Cell(4).GetDouble(), rows[0].Cell(5).GetDouble()]);
        Assert.True(rows[1].Cell(4).IsEmpty(), "a run without a hipaa score has an empty cell, not 0");
        Assert.Equal(XLDataType.Number, rows[1].Cell(5).DataType);
        Assert.Equal([60, 42.5], [rows[2].Cell(4).GetDouble(), rows[2].Cell(5).GetDouble()]);
    }

    [Fact]
    public void Without_history_the_sheet_holds_this_run_alone()
    {
        using var workbook = SampleReports.Open(SampleReports.Render(new ReportInput { Report = TrendSamples.Report() }));

        var row = Assert.Single(SampleReports.DataRows(workbook.Worksheet("Trend")));

        Assert.Equal(["", "yes", "60", "42.5"], row[1..]);
    }

    [Fact]
    public void More_runs_than_the_sheet_holds_keep_the_newest_and_the_summary_says_how_many_are_left_out()
    {
        var earlier = Enumerable.Range(1, TrendPoint.EarlierRunsShown + 4).Select(d => TrendSamples.Run(d, $"audit-{d:000}", 100 - d, d));

        using var workbook = SampleReports.Open(SampleReports.Render(TrendSamples.Input([.. earlier, TrendSamples.Run(0, "audit-now", 99.5, 0, current: true)])));

        var folders = SampleReports.DataRows(workbook.Worksheet("Trend")).Select(r => r[1]).ToList();
        Assert.Equal([.. Enumerable.Range(1, TrendPoint.EarlierRunsShown).Reverse().Select(d => $"audit-{d:000}"), "audit-now"], folders);
        Assert.Contains(SampleReports.DataRows(workbook.Worksheet("Summary")), r => r[0] == "Note" && r[1] == "Trend" && r[2] == "4");
    }

    [Fact]
    public void A_folder_name_that_looks_like_a_formula_stays_text()
    {
        const string payload = "=HYPERLINK(\"http://x\")";
        var history = TrendSamples.ThreeRuns().SetItem(1, TrendSamples.Run(1, payload, 41.2, null));

        using var workbook = SampleReports.Open(SampleReports.Render(TrendSamples.Input(history)));

        var cell = workbook.Worksheet("Trend").Cell(3, 2);
        Assert.Equal("'" + payload, cell.GetString());
        Assert.False(cell.HasFormula);
    }

    [Fact]
    public void A_framework_id_from_runs_json_that_looks_like_a_formula_is_a_text_header()
    {
        const string payload = "=HYPERLINK(\"http://x\",\"pci\")";
        var hostile = TrendSamples.Run(3, "audit-2026-11-25T10-00-00Z", 10, 20) with
        {
            Scores = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, double?>(payload, 50)]),
        };

        using var workbook = SampleReports.Open(SampleReports.Render(TrendSamples.Input(TrendSamples.ThreeRuns().Add(hostile))));

        var header = workbook.Worksheet("Trend").Row(1).CellsUsed().Single(c => c.GetString().Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Equal("'" + payload, header.GetString());
        Assert.False(header.HasFormula);
    }
}
