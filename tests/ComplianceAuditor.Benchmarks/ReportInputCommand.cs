using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.TestSupport.Reports;

namespace ComplianceAuditor.Benchmarks;

/// <summary>
/// Writes the large report input (10,000 failing findings, 200,000 flows) as results.json,
/// so the real CLI can be timed rendering it: <c>report --from FILE</c> under <c>/usr/bin/time -v</c>.
/// </summary>
internal static class ReportInputCommand
{
    public static int Run(BenchmarkArguments arguments)
    {
        var path = arguments.Out ?? throw new ArgumentException("report-input needs --out FILE");
        var report = LargeAuditReport.Build();
        using (var file = File.Create(path))
        {
            LargeAuditReport.Write(report, file);
        }

        // The CLI refuses what it cannot read back: check here so a timing is never of an error.
        if (AuditReportReader.Read(path, out var error) is null)
        {
            throw new InvalidOperationException(error);
        }

        var findings = report.Frameworks.SelectMany(f => f.Controls).SelectMany(c => c.Checks).SelectMany(c => c.Findings).ToList();
        Console.WriteLine($"wrote {path}: {findings.Count} findings, {findings.Sum(f => f.Evidence.Flows.Length)} flows, {new FileInfo(path).Length / 1e6:F1} MB");
        return 0;
    }
}
