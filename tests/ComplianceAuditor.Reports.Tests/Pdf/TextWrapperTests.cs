using ComplianceAuditor.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace ComplianceAuditor.Reports.Tests.Pdf;

public sealed class TextWrapperTests : IDisposable
{
    private readonly TextMeasure _measure = new();
    private readonly XFont _font = Styles.Body.Font;

    public void Dispose() => _measure.Dispose();

    [Fact]
    public void Measured_widths_are_the_fonts_own()
    {
        using var graphics = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        const string text = "payments/card-vault-0 → WWW iii";

        Assert.Equal(graphics.MeasureString(text, _font).Width, _measure.Width(text, _font), 3);
        Assert.True(_measure.Width("WWWW", _font) > 2 * _measure.Width("iiii", _font));
    }

    [Fact]
    public void Words_wrap_at_spaces_and_every_line_fits()
    {
        var text = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}"));

        var lines = TextWrapper.Wrap(text, _font, 120, _measure);

        Assert.True(lines.Count > 5);
        Assert.All(lines, l => Assert.True(_measure.Width(l, _font) <= 120, $"'{l}' is wider than 120"));
        Assert.Equal(text, string.Join(' ', lines));
    }

    [Fact]
    public void A_long_pod_name_breaks_after_a_hyphen_and_loses_nothing()
    {
        var pod = "payments/" + string.Join('-', Enumerable.Range(0, 12).Select(i => $"segment{i}"));

        var lines = TextWrapper.Wrap(pod, _font, 100, _measure);

        Assert.True(lines.Count > 3);
        Assert.All(lines, l => Assert.True(_measure.Width(l, _font) <= 100, $"'{l}' is wider than 100"));
        Assert.All(lines.SkipLast(1), l => Assert.True(l.EndsWith('-') || l.EndsWith('/'), $"'{l}' does not end at a hyphen or slash"));
        Assert.Equal(pod, string.Concat(lines));
    }

    [Fact]
    public void A_token_without_break_characters_is_cut_between_characters()
    {
        var token = new string('x', 300);

        var lines = TextWrapper.Wrap(token, _font, 50, _measure);

        Assert.All(lines, l => Assert.True(_measure.Width(l, _font) <= 50));
        Assert.Equal(token, string.Concat(lines));
    }

    [Fact]
    public void Newlines_start_lines_and_control_characters_are_shown_escaped()
    {
        var lines = TextWrapper.Wrap("first\nsecond \u001b[31mred", _font, 400, _measure);

        Assert.Equal(["first", "second \\u001b[31mred"], lines);
    }
}
