using System.IO.Compression;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Xlsx;

namespace ComplianceAuditor.Reports.Tests.Xlsx;

/// <summary>Sheets, continuation sheets, inventory sheets and byte-identical output.</summary>
public class XlsxLayoutTests
{
    private static readonly AuditReport ThreeFindings = SampleReports.Report(Enumerable.Range(0, 3).Select(i => SampleReports.Finding(i, 8 + i)));

    [Fact]
    public void Sheets_come_in_the_documented_order_each_with_a_frozen_filtered_header()
    {
        using var workbook = SampleReports.Open(SampleReports.Render(new ReportInput { Report = ThreeFindings }));

        Assert.Equal(["Summary", "Trend", "Controls", "Findings", "Flows", "Namespaces", "Pods", "Policies", "Waivers"], workbook.Worksheets.Select(s => s.Name));
        Assert.All(workbook.Worksheets, sheet =>
        {
            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.True(sheet.AutoFilter.IsEnabled, sheet.Name);
            Assert.Equal(1, sheet.AutoFilter.Range.FirstRow().RowNumber());
            Assert.Equal(sheet.LastRowUsed().RowNumber(), sheet.AutoFilter.Range.LastRow().RowNumber());
        });
        var flows = workbook.Worksheet("Flows");
        Assert.Equal(9, flows.AutoFilter.Range.ColumnCount());
        Assert.Equal(27, flows.AutoFilter.Range.RowCount() - 1);
        Assert.InRange(flows.Column(5).Width, 39, 41);
    }

    [Fact]
    public void A_table_longer_than_a_sheet_continues_on_numbered_sheets_and_the_summary_says_so()
    {
        // 8 + 9 + 10 = 27 flows with 10 rows a sheet (9 after the header): Flows, Flows (2), Flows (3).
        using var workbook = SampleReports.Open(SampleReports.Render(new ReportInput { Report = ThreeFindings }, maxRows: 10));

        var parts = workbook.Worksheets.Where(s => s.Name.StartsWith("Flows", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Flows", "Flows (2)", "Flows (3)"], parts.Select(s => s.Name));
        Assert.All(parts, s => Assert.Equal(("Framework", 1), (s.Cell(1, 1).GetString(), s.SheetView.SplitRow)));
        Assert.Equal([9, 9, 9], parts.Select(s => s.AutoFilter.Range.RowCount() - 1));
        var sources = parts.SelectMany(SampleReports.DataRows).Select(r => r[4]);
        Assert.Equal(Enumerable.Range(0, 8).Concat(Enumerable.Range(9, 9)).Concat(Enumerable.Range(20, 10)).Select(i => $"cardholder/web-{i}"), sources);
        // With 10 rows a sheet the Summary itself continues; its notes are on its last part.
        var summary = workbook.Worksheets.Where(s => s.Name.StartsWith("Summary", StringComparison.Ordinal)).SelectMany(SampleReports.DataRows);
        var notes = summary.Where(r => r[0] == "Note").ToList();
        Assert.Contains(notes, r => r[1] == "Flows: continued" && r[2] == "continues on Flows (2), Flows (3)" && r[3].StartsWith("27 rows; a sheet holds at most 10 rows", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, r => r[1] == "Findings: continued");
    }

    [Fact]
    public void A_table_that_fills_its_sheet_exactly_does_not_continue()
    {
        var report = SampleReports.Report([SampleReports.Finding(0, 9)]);

        using var workbook = SampleReports.Open(SampleReports.Render(new ReportInput { Report = report }, maxRows: 10));

        Assert.Equal(9, SampleReports.DataRows(workbook.Worksheet("Flows")).Count);
        Assert.DoesNotContain(workbook.Worksheets, s => s.Name == "Flows (2)");
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes_and_zip_entries_carry_the_audit_time()
    {
        var input = new ReportInput { Report = ThreeFindings };

        var first = SampleReports.Render(input);
        Thread.Sleep(2100);
        var second = SampleReports.Render(input);
        var later = SampleReports.Render(input with { Report = ThreeFindings with { AuditedAt = SampleReports.AuditTime.AddDays(1) } });

        Assert.Equal(first, second);
        Assert.NotEqual(first, later);
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, e => Assert.Equal(SampleReports.AuditTime.UtcDateTime, e.LastWriteTime.DateTime));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal));
    }

    [Fact]
    public void Scores_and_counts_are_numbers_and_dates_iso_text()
    {
        var waiver = new WaiverInfo { Id = "W-1", Control = "1.3.1", Target = "payments/db-0", Justification = "legacy", Approver = "cso", Ticket = "SEC-1", Expires = new DateOnly(2027, 1, 31), Findings = 1, Flows = 2 };
        var report = ThreeFindings with { Waivers = new WaiverSection { Expired = [waiver] } };

        using var workbook = SampleReports.Open(SampleReports.Render(new ReportInput { Report = report }));

        var control = workbook.Worksheet("Controls").Row(2);
        Assert.Equal((ClosedXML.Excel.XLDataType.Number, 42.5), (control.Cell(6).DataType, control.Cell(6).GetDouble()));
        var finding = workbook.Worksheet("Findings").Row(4);
        Assert.Equal((10.0, 10.0), (finding.Cell(9).GetDouble(), finding.Cell(10).GetDouble()));
        Assert.Equal(["expired", "W-1", "1.3.1", "payments/db-0", "legacy", "cso", "SEC-1", "2027-01-31", "1", "2"], Assert.Single(SampleReports.DataRows(workbook.Worksheet("Waivers"))));
        var summary = SampleReports.DataRows(workbook.Worksheet("Summary"));
        Assert.Contains(["Audit", "Audited at (UTC)", "2026-11-28T10:00:00Z", ""], summary);
        Assert.Contains(["Framework score", "PCI DSS 4.0.1 (pci-dss)", "42.5", "fail"], summary);
        Assert.Contains(["Findings", "fail", "3", ""], summary);
        Assert.Contains(["Findings", "pass", "0", ""], summary);
        Assert.Contains(["Input file", "demo/cluster.yaml", new string('a', 64), "SHA-256; 1,234 bytes"], summary);
    }

    [Fact]
    public void Pods_and_policies_come_from_the_snapshot_or_say_they_are_not_available()
    {
        var pod = new Pod { Metadata = new ObjectMeta { Name = "db-0", Namespace = "payments", Labels = LabelSet.Of(("app", "db"), ("tier", "data")) }, Phase = "Running", PodIPs = [IpAddress.Parse("10.1.2.3")], HostNetwork = true };
        var policy = new NetworkPolicy(new ObjectMeta { Name = "allow-db", Namespace = "payments" }, new NetworkPolicySpec { PodSelector = LabelSelector.MatchingLabels(("app", "db")), Ingress = [new NetworkPolicyRule(), new NetworkPolicyRule()] });
        var snapshot = new ClusterSnapshot { Pods = [pod], NetworkPolicies = [policy] };

        using var with = SampleReports.Open(SampleReports.Render(new ReportInput { Report = ThreeFindings, Inventory = snapshot }));
        using var without = SampleReports.Open(SampleReports.Render(new ReportInput { Report = ThreeFindings }));

        Assert.Equal(["payments", "db-0", "app=db, tier=data", "10.1.2.3", "Running", "yes"], Assert.Single(SampleReports.DataRows(with.Worksheet("Pods"))));
        Assert.Equal(["payments", "allow-db", "Ingress (implied)", "2", "0", "app=db"], Assert.Single(SampleReports.DataRows(with.Worksheet("Policies"))));
        Assert.Equal(InventoryTables.NotAvailable, Assert.Single(SampleReports.DataRows(without.Worksheet("Pods")))[0]);
        Assert.Equal(InventoryTables.NotAvailable, Assert.Single(SampleReports.DataRows(without.Worksheet("Policies")))[0]);
        Assert.Contains(SampleReports.DataRows(without.Worksheet("Summary")), r => r[1] == "Pods, Policies" && r[2] == "not available");
    }

    [Fact]
    public void Findings_with_capped_evidence_are_counted_in_the_summary()
    {
        var capped = SampleReports.Finding(0, 1000) with { Evidence = SampleReports.Finding(0, 1000).Evidence with { Total = 1500 } };
        var countsMore = SampleReports.Finding(1, 0) with { Evidence = new EvidenceInfo { Policies = ["payments/allow-db"], Total = 2 } };
        var report = SampleReports.Report([capped, countsMore, SampleReports.Finding(2, 2)]);

        using var workbook = SampleReports.Open(SampleReports.Render(new ReportInput { Report = report }));

        var findings = SampleReports.DataRows(workbook.Worksheet("Findings"));
        Assert.Equal([["1500", "1000"], ["2", "1"], ["2", "2"]], findings.Select(r => r[8..10]));
        Assert.Contains(SampleReports.DataRows(workbook.Worksheet("Summary")), r => r[1] == "Evidence capped" && r[2] == "1");
    }
}
