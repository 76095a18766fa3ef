using System.Collections.Immutable;
using SpreadCheetah;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>
/// One table of the workbook. <see cref="Count"/> is known before the rows are produced, because a
/// sheet's autofilter range and its continuation sheets are written before its rows.
/// </summary>
internal sealed record SheetTable(string Name, ImmutableArray<SheetColumn> Columns, long Count, IEnumerable<Cell[]> Rows)
{
    /// <summary>The names of the sheets the table fills: its name, then "Name (2)", "Name (3)" and so on.</summary>
    public ImmutableArray<string> SheetNames(int maxRows)
    {
        var perSheet = maxRows - 1L;
        var parts = Math.Max(1, (int)((Count + perSheet - 1) / perSheet));
        return [.. Enumerable.Range(1, parts).Select(part => part == 1 ? Name : $"{Name} ({part})")];
    }
}
