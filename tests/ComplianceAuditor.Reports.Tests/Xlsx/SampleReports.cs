using System.Collections.Immutable;
using ClosedXML.Excel;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Xlsx;

namespace ComplianceAuditor.Reports.Tests.Xlsx;

/// <summary>Audit reports built in code, with as many findings and flows as a test needs, and the workbook rendered from them.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset AuditTime = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    public static FlowInfo Flow(int i) => new()
    {
        Src = $"cardholder/web-{i}",
        Dst = $"payments/db-{i % 7}",
        Ports = "TCP 5432",
        Protocols = ImmutableDictionary<string, string>.Empty.Add("TCP", "5432"),
        AllowedBy = [$"payments/allow-db ingress[0] from[{i % 3}]"],
    };

    public static FindingInfo Finding(int i, int flows, string status = "fail") => new()
    {
        Status = status,
        Subject = $"payments/db-{i}",
        Namespace = "payments",
        Policy = "allow-db",
        Message = $"finding {i} reaches the database",
        Evidence = new EvidenceInfo { Flows = [.. Enumerable.Range(i * flows, flows).Select(Flow)], Total = flows },
    };

    /// <summary>One framework with one control whose one check holds the given findings.</summary>
    public static AuditReport Report(IEnumerable<FindingInfo> findings, ImmutableArray<NamespaceInfo> namespaces = default, WaiverSection? waivers = null)
    {
        var control = new ControlInfo
        {
            Id = "1.3.1",
            Title = "Inbound traffic to the CDE is restricted",
            Severity = "critical",
            Status = "fail",
            Score = 42.5,
            Description = "Only necessary traffic reaches the cardholder data environment.",
            Remediation = "Add a default-deny policy.",
            Checks = [new CheckInfo { Type = "zone-isolation", Status = "fail", Findings = [.. findings] }],
        };
        return new AuditReport
        {
            SchemaVersion = "1.0",
            Tool = new ToolInfo("compliance-auditor", "0.1.0"),
            AuditedAt = AuditTime,
            Input = new InputInfo { Complete = true, Peers = 10, Namespaces = 2, Policies = 3, Files = [new InputFileInfo("demo/cluster.yaml", new string('a', 64), 1234)] },
            Scope = new ScopeInfo { Origin = "built-in" },
            Frameworks = [new FrameworkInfo { Catalog = new CatalogInfo("controls/test.yaml", new string('c', 64)), Id = "pci-dss", Name = "PCI DSS", Version = "4.0.1", Score = 42.5, Status = "fail", Controls = [control] }],
            Namespaces = namespaces.IsDefault ? [new NamespaceInfo { Name = "payments", Zones = ["cde"], Score = 42.5, Fail = 1 }] : namespaces,
            Waivers = waivers ?? new WaiverSection(),
        };
    }

    public static byte[] Render(ReportInput input, int maxRows = XlsxReportRenderer.SheetRowLimit)
    {
        using var output = new MemoryStream();
        new XlsxReportRenderer(maxRows).Render(input, output);
        return output.ToArray();
    }

    public static XLWorkbook Open(byte[] workbook) => new(new MemoryStream(workbook));

    /// <summary>A sheet's data rows (header left out), as the text or number each cell shows.</summary>
    public static List<string[]> DataRows(IXLWorksheet sheet) =>
        [.. sheet.RowsUsed().Skip(1).Select(row => row.Cells(1, sheet.LastColumnUsed().ColumnNumber()).Select(c => c.GetString()).ToArray())];
}
