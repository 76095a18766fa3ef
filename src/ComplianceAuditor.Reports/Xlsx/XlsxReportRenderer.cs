using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>
/// The Excel workbook: Summary, Trend, Controls, Findings, Flows, Namespaces, Pods, Policies and
/// Waivers sheets, each a filterable table under a frozen header. Text from the cluster or from
/// waivers is neutralised against formula injection (see <see cref="CellText"/>); dates are ISO 8601
/// text, except the Trend sheet's run times, which are date cells; scores and counts are numbers.
/// The same report gives the same bytes.
/// </summary>
public sealed class XlsxReportRenderer : IReportRenderer
{
    /// <summary>The rows a worksheet holds, its header included (Excel's limit).</summary>
    public const int SheetRowLimit = 1_048_576;

    private readonly int maxRows;

    public XlsxReportRenderer()
        : this(SheetRowLimit)
    {
    }

    /// <summary>A renderer that continues a table on a new sheet after <paramref name="maxRowsPerSheet"/> rows (header included); tests use small limits.</summary>
    internal XlsxReportRenderer(int maxRowsPerSheet)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRowsPerSheet, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxRowsPerSheet, SheetRowLimit);
        maxRows = maxRowsPerSheet;
    }

    public string Format => "xlsx";

    public string FileName => "report.xlsx";

    /// <remarks>
    /// The workbook is built in memory and copied to <paramref name="output"/> once complete: its zip
    /// entries' timestamps are set to the audit time afterwards, which needs the finished archive.
    /// </remarks>
    public void Render(ReportInput input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        WorkbookWriter.WriteAsync(input, buffer, maxRows, CancellationToken.None).GetAwaiter().GetResult();
        ZipTimestamps.Set(buffer.GetBuffer().AsSpan(0, checked((int)buffer.Length)), input.Report.AuditedAt);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
