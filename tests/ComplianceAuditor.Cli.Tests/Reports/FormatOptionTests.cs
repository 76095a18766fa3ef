using ComplianceAuditor.Cli.Tests.Demo;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>`--format` picks the reports a run writes; results.json and manifest.json are always there.</summary>
public sealed class FormatOptionTests(DemoAudit demo) : IClassFixture<DemoAudit>
{
    [Fact]
    public void Each_valid_format_alone_writes_results_json_and_that_format_only()
    {
        foreach (var format in ReportRenderers.Formats(ReportRenderers.All))
        {
            var run = demo.Run("--format", format.ToUpperInvariant());
            var folder = Path.GetDirectoryName(run.ResultsPath)!;

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(RunFolderFiles.Expected(ReportRenderers.All.Where(r => r.Format == format)), RunFolderFiles.Names(folder));
            Assert.Equal(RunFolderFiles.Names(folder), new SortedSet<string>(RunFolderFiles.Listed(folder).Keys, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Formats_given_as_a_list_and_repeated_select_their_union()
    {
        var last = ReportRenderers.All.LastOrDefault();
        var run = demo.Run("--format", $"json,{last?.Format ?? "json"}", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(RunFolderFiles.Expected(last is null ? [] : [last]), RunFolderFiles.Names(Path.GetDirectoryName(run.ResultsPath)!));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_naming_the_valid_ones_and_writes_nothing()
    {
        var before = Directory.GetDirectories(demo.OutDir).Length;

        var run = demo.Run("--format", "json,docx");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"error: unknown format 'docx'; valid formats: {string.Join(", ", ReportRenderers.Formats(ReportRenderers.All))}", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("json", string.Join(", ", ReportRenderers.Formats(ReportRenderers.All)), StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetDirectories(demo.OutDir).Length);
    }

    [Fact]
    public void A_templates_folder_that_does_not_exist_stops_the_audit_before_anything_is_written()
    {
        var before = Directory.GetDirectories(demo.OutDir).Length;
        var missing = Path.Combine(demo.OutDir, "no-such-templates");

        var run = demo.Run("--templates", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --templates {missing}: no such directory", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetDirectories(demo.OutDir).Length);
    }

    [Fact]
    public void The_registered_renderers_have_distinct_formats_and_plain_file_names_of_their_own()
    {
        var formats = ReportRenderers.Formats(ReportRenderers.All);
        var names = ReportRenderers.All.Select(r => r.FileName).Append("results.json").Append("manifest.json").Append(".run").ToList();

        Assert.Equal(formats.Length, formats.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ReportRenderers.All, r => Assert.Equal(Path.GetFileName(r.FileName), r.FileName));
        Assert.All(formats, f => Assert.Contains(f, (string[])["json", "pdf", "xlsx", "html", "md"]));
    }
}
