using System.Collections.Frozen;
using System.Drawing;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>The workbook's styles, registered once: a bold shaded header, one-decimal scores and a fill per status.</summary>
internal sealed class XlsxStyles
{
    private static readonly (string Status, Color Fill)[] StatusFills =
    [
        ("pass", Color.FromArgb(0xC6, 0xEF, 0xCE)),
        ("fail", Color.FromArgb(0xFF, 0xC7, 0xCE)),
        ("not-evaluated", Color.FromArgb(0xFF, 0xEB, 0x9C)),
        ("waived", Color.FromArgb(0xDD, 0xEB, 0xF7)),
        ("not-applicable", Color.FromArgb(0xED, 0xED, 0xED)),
    ];

    private readonly StyleId header;
    private readonly StyleId score;
    private readonly FrozenDictionary<string, StyleId> statuses;

    private XlsxStyles(Spreadsheet spreadsheet)
    {
        header = spreadsheet.AddStyle(new Style
        {
            Font = { Bold = true },
            Fill = { Color = Color.FromArgb(0xD9, 0xE1, 0xF2) },
        });
        score = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0.0") });
        statuses = StatusFills.ToFrozenDictionary(s => s.Status, s => spreadsheet.AddStyle(new Style { Fill = { Color = s.Fill } }), StringComparer.Ordinal);
    }

    /// <summary>The statuses results.json uses, in the order the Summary counts them.</summary>
    public static IEnumerable<string> KnownStatuses => StatusFills.Select(s => s.Status);

    public static XlsxStyles Register(Spreadsheet spreadsheet) => new(spreadsheet);

    /// <summary>A header cell; headers can be framework ids from runs.json, so they are made formula-safe like any text.</summary>
    public Cell Header(string text) => new(CellText.Safe(text), header);

    public Cell Score(double? value) => new(value, score);

    /// <summary>A status cell filled in its status's colour; an unknown status is written plainly.</summary>
    public Cell Status(string value) =>
        statuses.TryGetValue(value, out var style) ? new Cell(CellText.Safe(value), style) : XlsxCells.Text(value);
}
