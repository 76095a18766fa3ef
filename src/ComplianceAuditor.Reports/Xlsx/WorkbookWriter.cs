using ComplianceAuditor.Reports.Rendering;
using SpreadCheetah;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>Streams the workbook's sheets: Summary first, then Trend, then one table per sheet (or several when a table overflows).</summary>
internal static class WorkbookWriter
{
    public static async Task WriteAsync(ReportInput input, Stream stream, int maxRows, CancellationToken cancellation)
    {
        var options = new SpreadCheetahOptions
        {
            // docProps/core.xml would carry the wall-clock creation time; nothing else needs it.
            DocumentProperties = null,
            PreserveStringWhitespace = true,
        };
        var spreadsheet = await Spreadsheet.CreateNewAsync(stream, options, cancellation).ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            var styles = XlsxStyles.Register(spreadsheet);
            var report = input.Report;
            SheetTable[] tables =
            [
                TrendTable.Build(input, styles),
                ControlsTable.Build(report, styles),
                FindingsTable.Build(report, styles),
                FlowsTable.Build(report),
                NamespacesTable.Build(report, styles),
                InventoryTables.Pods(input.Inventory),
                InventoryTables.Policies(input.Inventory),
                WaiversTable.Build(report),
            ];
            var summary = SummaryTable.Build(input, tables, maxRows, styles);
            foreach (var table in tables.Prepend(summary))
            {
                await TableWriter.WriteAsync(spreadsheet, table, maxRows, styles, cancellation).ConfigureAwait(false);
            }

            await spreadsheet.FinishAsync(cancellation).ConfigureAwait(false);
        }
    }
}
