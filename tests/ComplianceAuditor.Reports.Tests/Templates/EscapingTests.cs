using System.Text.RegularExpressions;
using ComplianceAuditor.Reports.Templates;

namespace ComplianceAuditor.Reports.Tests.Templates;

/// <summary>Cluster values reach the HTML and the Markdown inert: no markup, no link, no template code.</summary>
public class EscapingTests
{
    private readonly string html = Render.Text(new HtmlReportRenderer(), SampleReport.Hostile());

    private readonly string markdown = Render.Text(new MarkdownReportRenderer(), SampleReport.Hostile());

    [Fact]
    public void Html_escapes_every_hostile_value()
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ns&lt;script&gt;alert(1)&lt;/script&gt;|{{ 1+1 }}", html, StringComparison.Ordinal);
        Assert.Contains("kube&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("forbidden &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(&quot;http://x&quot;)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"http://x\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_code_in_a_value_comes_out_literally_in_both_formats()
    {
        Assert.Contains("cde{{ 1+1 }}", html, StringComparison.Ordinal);
        Assert.Contains("p ingress[0] {{ 1+1 }}", html, StringComparison.Ordinal);
        Assert.Contains("{{ 1+1 }}", markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"cde\s*2\b", html);
    }

    [Fact]
    public void Html_has_a_strict_policy_and_no_script_or_external_resource()
    {
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<(script|iframe|object|embed|link|img)\b", html);
        Assert.Empty(Regex.Matches(html, @"\b(src|href)=""(?!#)[^""]*""").Select(m => m.Value));
    }

    [Fact]
    public void Markdown_escapes_markup_links_and_html()
    {
        Assert.DoesNotContain("<script", markdown, StringComparison.Ordinal);
        Assert.Contains("kube&lt;script&gt;alert(1)&lt;/script&gt;", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("http://x", markdown, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(\"http\\://x\")", markdown, StringComparison.Ordinal);
        Assert.Contains("pod\\*\\_\\[x\\](y)", markdown, StringComparison.Ordinal);
        Assert.Contains("TCP 80\\|443", markdown, StringComparison.Ordinal);
        Assert.Contains("{{ 1+1 }} second line", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_table_rows_keep_their_cells()
    {
        var lines = markdown.Split('\n');
        var tables = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("| ", StringComparison.Ordinal) || (i > 0 && lines[i - 1].StartsWith('|')))
            {
                continue;
            }

            tables++;
            var cells = Cells(lines[i]);
            for (var row = i + 1; row < lines.Length && lines[row].StartsWith('|'); row++)
            {
                Assert.True(Cells(lines[row]) == cells, $"row '{lines[row]}' has not the {cells} cells of '{lines[i]}'");
            }
        }

        Assert.Equal(3, tables); // scores, score trend, waivers
    }

    [Fact]
    public void Same_model_renders_byte_identical_output()
    {
        Assert.Equal(html, Render.Text(new HtmlReportRenderer(), SampleReport.Hostile()));
        Assert.Equal(markdown, Render.Text(new MarkdownReportRenderer(), SampleReport.Hostile()));
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("x\r\ny\nz", "x y z")]
    [InlineData("<b>&</b>", "&lt;b&gt;&amp;&lt;/b&gt;")]
    [InlineData("`code` *em* _u_ [l](u) ~s~", "\\`code\\` \\*em\\* \\_u\\_ \\[l\\](u) \\~s\\~")]
    [InlineData("see https://x.io, www.x.io or a@b.c", "see https\\://x.io, www\\.x.io or a\\@b.c")]
    [InlineData("plain ns/pod-1 TCP 80", "plain ns/pod-1 TCP 80")]
    public void Markdown_text_escapes(string value, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(value));

    private static int Cells(string row) => Regex.Count(row, @"(?<!\\)\|") - 1;
}
