using SpreadCheetah;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>Cell constructors shared by the tables; text always goes through <see cref="CellText.Safe"/>.</summary>
internal static class XlsxCells
{
    /// <summary>A text cell; nothing to show gives an empty cell rather than an empty string.</summary>
    public static Cell Text(string? value)
    {
        var text = CellText.Safe(value);
        return text.Length == 0 ? new Cell((string?)null) : new Cell(text);
    }

    public static Cell Number(long value) => new(value);

    public static Cell YesNo(bool value) => new(value ? "yes" : "no");

    public static Cell Join(IEnumerable<string> values) => Text(string.Join(", ", values));

    /// <summary>Dates are ISO 8601 text throughout the workbook, so they read and sort the same in every locale.</summary>
    public static string Iso(DateTimeOffset time) =>
        UtcTime.Text(time);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
