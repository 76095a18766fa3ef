using System.Globalization;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using ComplianceAuditor.Cli.Tests.Demo;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Xlsx;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>The workbook rendered from the demo audit's results.json holds what results.json holds.</summary>
public class XlsxReportTests(DemoAudit audit) : IClassFixture<DemoAudit>
{
    private byte[] Render(string? resultsText = null)
    {
        var text = resultsText ?? File.ReadAllText(audit.First.ResultsPath);
        var report = AuditReportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "results.json", out var error);
        Assert.True(report is not null, error);
        using var output = new MemoryStream();
        new XlsxReportRenderer().Render(new ReportInput { Report = report }, output);
        return output.ToArray();
    }

    private static List<string[]> Rows(XLWorkbook workbook, string sheet)
    {
        var worksheet = workbook.Worksheet(sheet);
        var columns = worksheet.Row(1).CellsUsed().Count();
        return [.. worksheet.RowsUsed().Skip(1).Select(r => Enumerable.Range(1, columns).Select(c => r.Cell(c).GetString()).ToArray())];
    }

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : string.Empty;

    private IEnumerable<(JsonElement Framework, JsonElement Control, JsonElement Check, JsonElement Finding)> Findings() =>
        from framework in audit.Results.RootElement.GetProperty("frameworks").EnumerateArray()
        from control in framework.GetProperty("controls").EnumerateArray()
        from check in control.GetProperty("checks").EnumerateArray()
        from finding in check.GetProperty("findings").EnumerateArray()
        select (framework, control, check, finding);

    [Fact]
    public void The_findings_sheet_holds_every_finding_of_the_results_in_order()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Render()));

        var expected = Findings().Select(f => new[]
        {
            Text(f.Framework, "id"), Text(f.Control, "id"), Text(f.Check, "type"), Text(f.Finding, "status"), Text(f.Finding, "subject"),
            Text(f.Finding, "namespace"), Text(f.Finding, "policy"), Text(f.Finding, "message"),
            f.Finding.GetProperty("evidence").GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture), Text(f.Finding, "waivedBy"),
        }).ToList();
        var rows = Rows(workbook, "Findings").Select(r => r[..9].Append(r[10]).ToArray()).ToList();

        Assert.True(expected.Count > 100, $"the demo has only {expected.Count} findings");
        Assert.Equal(expected, rows);
        Assert.Contains(["hipaa-security-rule", "164.312(a)(1)"], rows.Where(r => r[3] == "fail").Select(r => r[..2]));
        Assert.Contains(rows, r => r[3] == "waived" && r[9] == "W-2026-031");
    }

    [Fact]
    public void The_flows_sheet_holds_every_offending_and_waived_flow()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Render()));

        var expected = Findings().SelectMany(f => new[] { ("flows", "no"), ("waivedFlows", "yes") }.SelectMany(kind =>
            f.Finding.GetProperty("evidence").GetProperty(kind.Item1).EnumerateArray().Select(flow => new[]
            {
                Text(f.Framework, "id"), Text(f.Control, "id"), Text(f.Check, "type"), Text(f.Finding, "subject"), Text(flow, "src"), Text(flow, "dst"),
                Text(flow, "ports"), string.Join("; ", flow.GetProperty("allowedBy").EnumerateArray().Select(a => a.GetString())), kind.Item2,
            }))).ToList();
        var rows = Rows(workbook, "Flows");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
        Assert.Contains(rows, r => r[1] == "164.312(a)(1)" && r[5] == "patient-records/ehr-postgres-0" && r[6] == "TCP 5432"
            && r[7].Contains("patient-records/allow-ehr-postgres ingress[1] from[0]", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[4] == "monitoring/prometheus-k8s-0" && r[5] == "payments/card-vault-0" && r[8] == "yes");
    }

    [Fact]
    public void The_controls_sheet_has_each_controls_id_status_and_numeric_score()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Render()));
        var sheet = workbook.Worksheet("Controls");

        var expected = audit.Results.RootElement.GetProperty("frameworks").EnumerateArray()
            .SelectMany(f => f.GetProperty("controls").EnumerateArray().Select(c =>
                (Text(f, "id"), Text(c, "id"), Text(c, "status"), c.GetProperty("score").ValueKind == JsonValueKind.Number ? c.GetProperty("score").GetDouble() : (double?)null)))
            .ToList();
        var rows = sheet.RowsUsed().Skip(1).Select(r =>
            (r.Cell(1).GetString(), r.Cell(2).GetString(), r.Cell(5).GetString(), r.Cell(6).IsEmpty() ? (double?)null : r.Cell(6).GetDouble())).ToList();

        Assert.Equal(22, expected.Count);
        Assert.Equal(expected, rows);
        Assert.All(sheet.RowsUsed().Skip(1).Select(r => r.Cell(6)).Where(c => !c.IsEmpty()), c => Assert.Equal(XLDataType.Number, c.DataType));
        Assert.Contains(rows, r => r.Item3 == "not-applicable" && r.Item4 is null);
    }

    [Fact]
    public void Tables_have_a_frozen_header_and_an_autofilter_over_their_rows()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Render()));

        foreach (var name in new[] { "Summary", "Trend", "Controls", "Findings", "Flows", "Namespaces", "Waivers" })
        {
            var sheet = workbook.Worksheet(name);
            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.True(sheet.AutoFilter.IsEnabled, name);
            Assert.Equal($"A1:{sheet.LastColumnUsed().ColumnLetter()}{sheet.LastRowUsed().RowNumber()}", sheet.AutoFilter.Range.RangeAddress.ToString());
        }
    }

    [Fact]
    public void Namespaces_waivers_and_summary_match_the_results()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Render()));
        var json = audit.Results.RootElement;

        var namespaces = Rows(workbook, "Namespaces");
        Assert.Equal(json.GetProperty("namespaces").EnumerateArray().Select(n => Text(n, "name")), namespaces.Select(r => r[0]));
        Assert.Contains(["analytics", "out-of-scope", "58.7", "6", "5", "0", "0"], namespaces);
        var waivers = Rows(workbook, "Waivers");
        Assert.Equal(["applied W-2026-031", "applied W-2026-032", "expired"], waivers.Select(r => r[0] == "expired" ? r[0] : $"{r[0]} {r[1]}"));
        Assert.Contains(["applied", "W-2026-031", "pci-dss-4.0.1/1.3.1", "priya.raman@example.com", "RISK-2077", "2027-05-31", "1", "1"], waivers.Select(r => (string[])[r[0], r[1], r[2], r[5], r[6], r[7], r[8], r[9]]));
        var summary = Rows(workbook, "Summary");
        Assert.Contains(["Audit", "Audited at (UTC)", "2026-11-28T10:00:00Z", ""], summary);
        foreach (var framework in json.GetProperty("frameworks").EnumerateArray())
        {
            Assert.Contains(summary, r => r[0] == "Framework score" && r[1].EndsWith($"({Text(framework, "id")})", StringComparison.Ordinal)
                && r[2] == framework.GetProperty("score").GetDouble().ToString(CultureInfo.InvariantCulture) && r[3] == Text(framework, "status"));
        }

        Assert.Contains(["Findings", "fail", Findings().Count(f => Text(f.Finding, "status") == "fail").ToString(CultureInfo.InvariantCulture), ""], summary);
    }

    [Fact]
    public void Cluster_and_waiver_values_that_look_like_formulas_come_back_inert()
    {
        var text = File.ReadAllText(audit.First.ResultsPath)
            .Replace("\"namespace\": \"payments\"", "\"namespace\": \"=HYPERLINK(\\\"http://x\\\")\"", StringComparison.Ordinal)
            .Replace("\"name\": \"analytics\"", "\"name\": \"-2+3\"", StringComparison.Ordinal)
            .Replace("\"approver\": \"priya.raman@example.com\"", "\"approver\": \"@SUM(A1)\"", StringComparison.Ordinal)
            .Replace("\"ticket\": \"RISK-2077\"", "\"ticket\": \"+1\"", StringComparison.Ordinal)
            .Replace("\"message\": \"no host-network pod runs in namespace analytics\"", "\"message\": \"\\tcmd\"", StringComparison.Ordinal);

        using var workbook = new XLWorkbook(new MemoryStream(Render(text)));

        var findings = workbook.Worksheet("Findings").RowsUsed().Skip(1).ToList();
        var hyperlinks = findings.Select(r => r.Cell(6)).Where(c => c.GetString() == "'=HYPERLINK(\"http://x\")").ToList();
        Assert.True(hyperlinks.Count > 5, $"{hyperlinks.Count} payments findings");
        Assert.All(hyperlinks, c => Assert.Equal((XLDataType.Text, false), (c.DataType, c.HasFormula)));
        var replaced = Findings().Count(f => Text(f.Finding, "message") == "no host-network pod runs in namespace analytics");
        Assert.True(replaced > 0);
        Assert.Equal(replaced, findings.Count(r => r.Cell(8).GetString() == "'\tcmd" && r.Cell(8).DataType == XLDataType.Text));
        Assert.Equal("'-2+3", workbook.Worksheet("Namespaces").Cell(2, 1).GetString());
        var waiver = workbook.Worksheet("Waivers").Row(2);
        Assert.Equal(("'@SUM(A1)", "'+1", false, false), (waiver.Cell(6).GetString(), waiver.Cell(7).GetString(), waiver.Cell(6).HasFormula, waiver.Cell(7).HasFormula));
    }

    [Fact]
    public void The_same_results_render_to_the_same_bytes() => Assert.Equal(Render(), Render());
}
