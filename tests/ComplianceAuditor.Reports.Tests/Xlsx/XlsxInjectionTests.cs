using System.IO.Compression;
using ClosedXML.Excel;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Tests.Xlsx;

/// <summary>Values from the cluster or from waivers that look like formulas come back as inert text.</summary>
public class XlsxInjectionTests
{
    private static readonly string[] Values = ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"];

    public static TheoryData<string> Payloads => new(Values);

    private static byte[] Workbook()
    {
        var findings = Values.Select((v, i) => SampleReports.Finding(i, 0) with { Subject = v, Namespace = v, Policy = v, Message = v, WaivedBy = v });
        var flow = SampleReports.Flow(0) with { Src = Values[0], Dst = Values[1], Ports = Values[2], AllowedBy = [Values[3]] };
        var report = SampleReports.Report(
            findings.Append(SampleReports.Finding(99, 0) with { Evidence = new EvidenceInfo { Flows = [flow], Total = 1 } }),
            [.. Values.Select(v => new NamespaceInfo { Name = v, Zones = [v] })],
            new WaiverSection { Applied = [.. Values.Select(v => new WaiverInfo { Id = v, Control = v, Target = v, Justification = v, Approver = v, Ticket = v, Expires = new DateOnly(2027, 1, 31) })] });
        var pods = Values.Select(v => new Pod { Metadata = new ObjectMeta { Name = v, Namespace = v, Labels = LabelSet.Of((v, "x")) }, Phase = v, PodIPs = [IpAddress.Parse("10.0.0.1")] });
        var policies = Values.Select(v => new NetworkPolicy(new ObjectMeta { Name = v, Namespace = v }, new NetworkPolicySpec { PodSelector = LabelSelector.MatchingLabels((v, v)) }));
        var inventory = new ClusterSnapshot { Pods = [.. pods], NetworkPolicies = [.. policies] };
        return SampleReports.Render(new ReportInput { Report = report, Inventory = inventory });
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_payload_comes_back_as_quoted_text_on_every_sheet_it_was_put_on(string payload)
    {
        using var workbook = SampleReports.Open(Workbook());

        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Where(c => c.GetString() == "'" + payload.Replace('\r', '\n')).ToList();

        // Per sheet, the columns the payload was put in; the Flows sheet is checked on its own.
        var perSheet = cells.Where(c => c.Worksheet.Name != "Flows").CountBy(c => c.Worksheet.Name).OrderBy(p => p.Key, StringComparer.Ordinal);
        Assert.Equal([new("Findings", 5), new("Namespaces", 2), new("Pods", 3), new("Policies", 2), new("Waivers", 6)], perSheet);
        Assert.All(cells, c => Assert.Equal((XLDataType.Text, false), (c.DataType, c.HasFormula)));
    }

    [Fact]
    public void No_text_cell_anywhere_starts_like_a_formula_and_no_sheet_holds_a_formula()
    {
        var bytes = Workbook();
        using var workbook = SampleReports.Open(bytes);

        var texts = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();

        Assert.DoesNotContain(texts, t => t.Length > 0 && t[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        Assert.Contains("'=HYPERLINK(\"http://x\")", texts);
        Assert.Contains("'+1", texts);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<f ", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Flow_ends_ports_and_allowing_rules_are_quoted_too()
    {
        using var workbook = SampleReports.Open(Workbook());

        var row = Assert.Single(SampleReports.DataRows(workbook.Worksheet("Flows")));

        Assert.Equal(["'=HYPERLINK(\"http://x\")", "'+1", "'-2+3", "'@SUM(A1)", "no"], row[4..]);
    }

    [Fact]
    public void Characters_xml_cannot_carry_do_not_break_the_workbook()
    {
        var report = SampleReports.Report([SampleReports.Finding(0, 1) with { Message = "bad\u0001\uFFFEvalue", Subject = "\u0000=1" }]);

        using var workbook = SampleReports.Open(SampleReports.Render(new ReportInput { Report = report }));

        var row = Assert.Single(SampleReports.DataRows(workbook.Worksheet("Findings")));
        Assert.Equal(("\uFFFD=1", "bad\uFFFD\uFFFDvalue"), (row[4], row[7]));
    }
}
