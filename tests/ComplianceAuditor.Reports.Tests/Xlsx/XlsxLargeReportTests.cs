using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using ComplianceAuditor.Reports.Rendering;
using Xunit.Abstractions;

namespace ComplianceAuditor.Reports.Tests.Xlsx;

/// <summary>
/// The benchmark: 10,000 findings and 200,000 flows render. Time and memory are printed, not
/// asserted (the machine varies); the row counts are read back from the sheets' XML, because ClosedXML
/// needs seconds and gigabytes for sheets this size.
/// </summary>
public sealed class XlsxLargeReportTests(ITestOutputHelper output)
{
    [Fact]
    public void Ten_thousand_findings_and_two_hundred_thousand_flows_render()
    {
        var report = SampleReports.Report(Enumerable.Range(0, 10_000).Select(i => SampleReports.Finding(i, 20)));
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var sampler = new PeakSampler();

        var clock = Stopwatch.StartNew();
        var bytes = SampleReports.Render(new ReportInput { Report = report });
        clock.Stop();

        var peak = sampler.Stop();
        output.WriteLine($"xlsx: 10,000 findings, 200,000 flows: {clock.Elapsed.TotalSeconds:F2} s, {bytes.Length / 1e6:F1} MB file, "
            + $"managed heap peak {peak / 1e6:F0} MB ({(peak - before) / 1e6:F0} MB above the model), process peak working set {Environment.WorkingSet / 1e6:F0} MB now / {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB peak");
        var rows = RowsPerSheet(bytes);
        Assert.Equal(10_001, rows["Findings"]);
        Assert.Equal(200_001, rows["Flows"]);
        Assert.Equal(2, rows["Controls"]);
    }

    /// <summary>Rows per sheet name, counted in each worksheet part.</summary>
    private static Dictionary<string, int> RowsPerSheet(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        string Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }

        var names = Regex.Matches(Read("xl/workbook.xml"), "<sheet name=\"([^\"]+)\" sheetId=\"(\\d+)\"").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        return names.ToDictionary(n => n.Key, n => Regex.Count(Read($"xl/worksheets/sheet{n.Value}.xml"), "<row "));
    }

    /// <summary>Samples the managed heap every few milliseconds while the render runs.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task<long> sampling;

        public PeakSampler() => sampling = Task.Run(async () =>
        {
            long peak = 0;
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(5).ConfigureAwait(false);
            }

            return peak;
        });

        public long Stop()
        {
            stop.Cancel();
            return sampling.GetAwaiter().GetResult();
        }

        public void Dispose() => stop.Dispose();
    }
}
