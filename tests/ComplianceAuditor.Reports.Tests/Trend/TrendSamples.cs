using System.Collections.Immutable;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Tests.Trend;

/// <summary>
/// A report of two frameworks (pci-dss "PCI DSS 4.0.1" 42.5 %, hipaa "HIPAA Security Rule 2013"
/// 60 %) audited at 2026-11-28 10:00 UTC, with a history of two earlier runs: hipaa has no score
/// in the middle one.
/// </summary>
internal static class TrendSamples
{
    public static readonly DateTimeOffset Now = Xlsx.SampleReports.AuditTime;

    public static AuditReport Report()
    {
        var report = Xlsx.SampleReports.Report([Xlsx.SampleReports.Finding(0, 1)]);
        var hipaa = report.Frameworks[0] with { Id = "hipaa", Name = "HIPAA Security Rule", Version = "2013", Score = 60 };
        return report with { Frameworks = [report.Frameworks[0], hipaa] };
    }

    public static TrendPoint Run(int daysBefore, string folder, double? pci, double? hipaa, bool current = false) => new()
    {
        AuditedAt = Now.AddDays(-daysBefore),
        Folder = folder,
        Scores = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new("pci-dss", pci), new KeyValuePair<string, double?>("hipaa", hipaa)]),
        Current = current,
    };

    /// <summary>Given out of order, as a caller might: the renderers sort by time.</summary>
    public static ImmutableArray<TrendPoint> ThreeRuns() =>
    [
        Run(0, "audit-2026-11-28T10-00-00Z", 42.5, 60, current: true),
        Run(1, "audit-2026-11-27T10-00-00Z", 41.2, null),
        Run(2, "audit-2026-11-26T10-00-00Z", 40, 55.5),
    ];

    public static ReportInput Input(ImmutableArray<TrendPoint> history) => new() { Report = Report(), History = history };
}
