using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>How `--format` values select renderers from a registry (fakes stand for the real formats).</summary>
public sealed class ReportRendererSelectionTests
{
    private static readonly IReportRenderer[] Registry = [new FakeRenderer("pdf", "report.pdf"), new FakeRenderer("md", "summary.md")];

    [Fact]
    public void No_value_selects_every_renderer_in_registry_order()
    {
        Assert.Equal(["pdf", "md"], Formats(ReportRenderers.Select(Registry, [], out var error)));
        Assert.Null(error);
    }

    [Fact]
    public void Values_select_in_registry_order_whatever_their_order_case_and_repetition()
    {
        Assert.Equal(["pdf", "md"], Formats(ReportRenderers.Select(Registry, ["MD, json", "pdf", "md"], out _)));
        Assert.Equal(["md"], Formats(ReportRenderers.Select(Registry, ["md"], out _)));
        Assert.Empty(Formats(ReportRenderers.Select(Registry, ["json"], out _)));
    }

    [Fact]
    public void An_unknown_or_empty_value_is_refused_with_the_valid_formats()
    {
        Assert.Null(ReportRenderers.Select(Registry, ["pdf,xlsx"], out var unknown));
        Assert.Null(ReportRenderers.Select(Registry, ["pdf,"], out var empty));

        Assert.Equal("unknown format 'xlsx'; valid formats: json, pdf, md", unknown);
        Assert.Equal("unknown format ''; valid formats: json, pdf, md", empty);
    }

    private static string[] Formats(System.Collections.Immutable.ImmutableArray<IReportRenderer>? selected) => [.. selected!.Value.Select(r => r.Format)];
}
