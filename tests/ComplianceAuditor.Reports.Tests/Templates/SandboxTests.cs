using ComplianceAuditor.Reports.Templates;

namespace ComplianceAuditor.Reports.Tests.Templates;

/// <summary>--templates overrides, and what a template cannot do: reach files, run strings as code, fail obscurely.</summary>
public sealed class SandboxTests : IDisposable
{
    private readonly List<string> folders = [];

    [Fact]
    public void An_override_replaces_the_bundled_template_and_keeps_the_other_bundled_files()
    {
        var folder = Folder(("report.html.sbn", "<h1>Ours {{ frameworks[0].name }}</h1><style>{{ include \"_style.css.sbn\" }}</style>"));

        var html = Render.Text(new HtmlReportRenderer(), SampleReport.Hostile(), folder);

        Assert.StartsWith("<h1>Ours PCI DSS</h1><style>", html, StringComparison.Ordinal);
        Assert.Contains(".badge {", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_partial_replaces_only_that_partial()
    {
        var folder = Folder(("_style.css.sbn", "body { color: red; }"));

        var html = Render.Text(new HtmlReportRenderer(), SampleReport.Hostile(), folder);

        Assert.Contains("<style>\nbody { color: red; }</style>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Network segmentation compliance report</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# Summary\n\n{{ for f in frameworks }}\n{{ f.name }\n", ":4:")]
    [InlineData("ok\n{{ if true }}\nno end\n", ":2:")]
    [InlineData("line 1\n  {{ frameworks[0].nmae }}\n", ":2:")]
    [InlineData("{{ for f in frameworks }}{{ end }}\n{{ no_such_variable }}", ":2:")]
    public void A_broken_override_fails_with_file_line_and_column(string template, string line)
    {
        var folder = Folder(("summary.md.sbn", template));

        var error = Assert.Throws<TemplateException>(() => Render.Text(new MarkdownReportRenderer(), SampleReport.Hostile(), folder));

        Assert.StartsWith(Path.Combine(folder, "summary.md.sbn") + line, error.Message, StringComparison.Ordinal);
        Assert.Matches(@"^[^\n]+:\d+:\d+: \S", error.Message);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    [InlineData("sub/report.html.sbn")]
    public void An_include_outside_the_templates_folders_is_refused(string target)
    {
        var folder = Folder(("summary.md.sbn", $"before\n{{{{ include \"{target}\" }}}}\n"));

        var error = Assert.Throws<TemplateException>(() => Render.Text(new MarkdownReportRenderer(), SampleReport.Hostile(), folder));

        Assert.StartsWith(Path.Combine(folder, "summary.md.sbn") + ":2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("include refused", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ \"1 + 1\" | object.eval }}")]
    [InlineData("{{ \"{{ 1 + 1 }}\" | object.eval_template }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ date.utc_now }}")]
    public void Builtins_that_run_strings_as_code_or_read_the_clock_are_gone(string template)
    {
        var folder = Folder(("summary.md.sbn", template));

        var error = Assert.Throws<TemplateException>(() => Render.Text(new MarkdownReportRenderer(), SampleReport.Hostile(), folder));

        Assert.Contains(":1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runaway_loop_hits_the_bounded_loop_limit()
    {
        var folder = Folder(("summary.md.sbn", "{{ for i in 1..100000000 }}{{ end }}"));

        var error = Assert.Throws<TemplateException>(() => Render.Text(new MarkdownReportRenderer(), SampleReport.Hostile(), folder));

        Assert.Contains("limit", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_missing_templates_folder_is_an_error_not_the_bundled_report()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}");

        var error = Assert.Throws<TemplateException>(() => Render.Text(new HtmlReportRenderer(), SampleReport.Hostile(), missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var folder in folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Folder(params (string Name, string Text)[] files)
    {
        var folder = Render.Folder(files);
        folders.Add(folder);
        return folder;
    }
}
