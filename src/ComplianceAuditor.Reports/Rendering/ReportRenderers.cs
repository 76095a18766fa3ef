using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Rendering;

/// <summary>
/// The report formats a run folder can hold, by their <c>--format</c> name. results.json (format
/// <c>json</c>) is not a renderer: it is the audit's own record, written from the audit result, and
/// every other format is rendered from it read back; it is always written.
/// </summary>
public static class ReportRenderers
{
    /// <summary>The format name of results.json.</summary>
    public const string ResultsFormat = "json";

    public const string ResultsFileName = "results.json";

    /// <summary>
    /// Every renderer, in the order a run writes them. A renderer is registered by one line here,
    /// e.g. <c>new Pdf.PdfReportRenderer(),</c>; its Format and FileName must be unique
    /// (ReportRendererRegistryTests checks). Renderers are shared by every run, so they keep no
    /// state between calls of Render.
    /// </summary>
    public static ImmutableArray<IReportRenderer> All { get; } =
    [
        new Pdf.PdfReportRenderer(),
        new Xlsx.XlsxReportRenderer(),
        new Templates.HtmlReportRenderer(),
        new Templates.MarkdownReportRenderer(),
    ];

    /// <summary>Every valid <c>--format</c> name: json, then the registered renderers'.</summary>
    public static ImmutableArray<string> Formats(IEnumerable<IReportRenderer> registry) =>
        [ResultsFormat, .. registry.Select(r => r.Format)];

    /// <summary>
    /// The renderers <c>--format</c> values select (each may list several, comma separated; case is
    /// ignored), in registry order; all of them when no value is given. Null, with
    /// <paramref name="error"/> naming the valid formats, when a value is not one of them.
    /// </summary>
    public static ImmutableArray<IReportRenderer>? Select(IReadOnlyList<IReportRenderer> registry, IEnumerable<string> values, out string? error)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(values);
        var wanted = values.SelectMany(v => v.Split(',')).Select(v => v.Trim().ToLowerInvariant()).ToList();
        var valid = Formats(registry);
        if (wanted.FirstOrDefault(w => !valid.Contains(w)) is { } unknown)
        {
            error = $"unknown format '{unknown}'; valid formats: {string.Join(", ", valid)}";
            return null;
        }

        error = null;
        return wanted.Count == 0 ? [.. registry] : [.. registry.Where(r => wanted.Contains(r.Format))];
    }
}
