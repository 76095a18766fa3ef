using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ComplianceAuditor.Cli.Tests.Demo;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;
using ComplianceAuditor.Reports.Templates;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>The demo's report.html and summary.md hold what results.json holds, and what a cluster can inject stays inert.</summary>
public class HtmlReportTests(DemoAudit audit) : IClassFixture<DemoAudit>
{
    [Fact]
    public void Every_control_with_status_and_score_and_every_namespace_of_the_results_is_in_the_html()
    {
        var document = new HtmlParser().ParseDocument(Render(new HtmlReportRenderer(), File.ReadAllText(audit.First.ResultsPath)));
        var json = audit.Results.RootElement;

        foreach (var framework in json.GetProperty("frameworks").EnumerateArray())
        {
            var section = document.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")!.TextContent.StartsWith(framework.GetProperty("name").GetString()!, StringComparison.Ordinal));
            var rows = section.QuerySelector("table")!.QuerySelectorAll("tr").Skip(1).Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
            var expected = framework.GetProperty("controls").EnumerateArray().Select(c => new[]
            {
                c.GetProperty("id").GetString()!,
                c.GetProperty("title").GetString()!,
                c.GetProperty("severity").GetString()!,
                Label(c.GetProperty("status").GetString()!),
                c.GetProperty("score").ValueKind == JsonValueKind.Null ? "n/a" : $"{c.GetProperty("score").GetDouble():0.0}%",
            });
            Assert.Equal(expected, rows);
            Assert.Contains($"{framework.GetProperty("score").GetDouble():0.0}%", section.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        }

        var namespaces = document.GetElementById("namespaces")!.QuerySelectorAll("tr").Skip(1).Select(r => r.QuerySelector("td")!.TextContent);
        Assert.Equal(json.GetProperty("namespaces").EnumerateArray().Select(n => n.GetProperty("name").GetString()), namespaces);
    }

    [Fact]
    public void The_html_header_names_the_audit_time_input_hash_and_tool_version_and_loads_nothing()
    {
        var document = new HtmlParser().ParseDocument(Render(new HtmlReportRenderer(), File.ReadAllText(audit.First.ResultsPath)));
        var json = audit.Results.RootElement;
        var header = document.QuerySelector("header")!.TextContent;

        Assert.Contains("2026-11-28 10:00:00 UTC", header, StringComparison.Ordinal);
        Assert.Contains(json.GetProperty("input").GetProperty("files")[0].GetProperty("sha256").GetString()!, header, StringComparison.Ordinal);
        Assert.Contains(json.GetProperty("tool").GetProperty("version").GetString()!, header, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.All(document.QuerySelectorAll("a[href]"), a => Assert.StartsWith("#", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'", document.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
        Assert.Equal(3, document.GetElementById("waivers")!.QuerySelectorAll("tr").Count(r => r.TextContent.Contains("RISK-", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_hostile_namespace_name_in_the_demo_results_stays_text_in_html_and_markdown()
    {
        const string hostile = "<script>alert(1)</script>=HYPERLINK(\\\"http://x\\\"){{ 1+1 }}";
        var text = File.ReadAllText(audit.First.ResultsPath).Replace("\"analytics", "\"" + hostile + "analytics", StringComparison.Ordinal);

        var html = Render(new HtmlReportRenderer(), text);
        var markdown = Render(new MarkdownReportRenderer(), text);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>=HYPERLINK(\"http://x\"){{ 1+1 }}analytics", document.GetElementById("namespaces")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("http://x", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;=HYPERLINK(\"http\\://x\"){{ 1+1 }}analytics", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_summary_has_every_framework_score_and_the_unzoned_namespaces()
    {
        var markdown = Render(new MarkdownReportRenderer(), File.ReadAllText(audit.First.ResultsPath));

        foreach (var framework in audit.Results.RootElement.GetProperty("frameworks").EnumerateArray())
        {
            Assert.Contains($"| {framework.GetProperty("name").GetString()} | {framework.GetProperty("version").GetString()} | FAIL | {framework.GetProperty("score").GetDouble():0.0}% |", markdown, StringComparison.Ordinal);
        }

        Assert.Contains("default, kube-node-lease, kube-public, kube-system (reported, not ignored).", markdown, StringComparison.Ordinal);
        Assert.Contains("| W-2025-019 | expired | pci-dss-4.0.1/1.2.5 |", markdown, StringComparison.Ordinal);
        Assert.Contains("- **164.312(a)(1)** [critical] Access control", markdown, StringComparison.Ordinal);
    }

    private static string Label(string status) => status switch
    {
        "not-applicable" => "N/A",
        "not-evaluated" => "NOT EVALUATED",
        _ => status.ToUpperInvariant(),
    };

    private static string Render(IReportRenderer renderer, string results)
    {
        var report = AuditReportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(results)), "results.json", out var error);
        Assert.True(report is not null, error);
        using var output = new MemoryStream();
        renderer.Render(new ReportInput { Report = report }, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
