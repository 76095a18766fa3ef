using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>
/// Writes a table as one sheet, or as several when it has more rows than a sheet holds: each sheet
/// repeats the header, freezes it and filters its own rows.
/// </summary>
internal static class TableWriter
{
    public static async ValueTask WriteAsync(Spreadsheet spreadsheet, SheetTable table, int maxRows, XlsxStyles styles, CancellationToken cancellation)
    {
        var header = table.Columns.Select(c => styles.Header(c.Header)).ToArray();
        var names = table.SheetNames(maxRows);
        using var rows = table.Rows.GetEnumerator();
        var remaining = table.Count;
        foreach (var name in names)
        {
            var count = (int)Math.Min(remaining, maxRows - 1L);
            await spreadsheet.StartWorksheetAsync(name, Options(table, count), cancellation).ConfigureAwait(false);
            await spreadsheet.AddRowAsync(header, cancellation).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                await spreadsheet.AddRowAsync(Next(rows, table), cancellation).ConfigureAwait(false);
            }

            remaining -= count;
        }

        if (rows.MoveNext())
        {
            throw new InvalidOperationException($"The {table.Name} table produced more rows than the {table.Count} it counted.");
        }
    }

    /// <summary>The A1-style letters of a 1-based column number.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static Cell[] Next(IEnumerator<Cell[]> rows, SheetTable table) =>
        rows.MoveNext() ? rows.Current : throw new InvalidOperationException($"The {table.Name} table produced fewer rows than the {table.Count} it counted.");

    private static WorksheetOptions Options(SheetTable table, int rows)
    {
        var options = new WorksheetOptions
        {
            FrozenRows = 1,
            AutoFilter = new AutoFilterOptions($"A1:{ColumnLetters(table.Columns.Length)}{rows + 1}"),
        };
        for (var i = 0; i < table.Columns.Length; i++)
        {
            options.Column(i + 1).Width = table.Columns[i].Width;
        }

        return options;
    }
}
