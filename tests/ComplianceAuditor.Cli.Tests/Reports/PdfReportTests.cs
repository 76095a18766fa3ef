using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceAuditor.Cli.Tests.Demo;
using ComplianceAuditor.Kubernetes.Manifests;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Pdf;
using ComplianceAuditor.Reports.Rendering;
using UglyToad.PdfPig;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>The demo audit's PDF read back with PdfPig: what results.json holds is in it, as text.</summary>
public sealed class PdfReportTests(DemoAudit audit) : IClassFixture<DemoAudit>
{
    private byte[] Render()
    {
        var report = AuditReportReader.Read(audit.First.ResultsPath, out var error) ?? throw new InvalidOperationException(error);
        var inventory = ManifestLoader.Load([Bundled.DemoCluster]).Snapshot;
        using var output = new MemoryStream();
        new PdfReportRenderer().Render(new ReportInput { Report = report, Inventory = inventory }, output);
        var bytes = output.ToArray();
        if (Environment.GetEnvironmentVariable("COMPLIANCE_PDF_OUT") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, bytes);
        }

        return bytes;
    }

    private static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    private static string Around(string text, string value)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? "(absent)" : text.Substring(at, Math.Min(160, text.Length - at));
    }

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", string.Empty);

    [Fact]
    public void Every_control_is_listed_with_its_status_and_score()
    {
        var text = string.Join(" ", Pages(Render()));
        foreach (var framework in audit.Results.RootElement.GetProperty("frameworks").EnumerateArray())
        {
            foreach (var control in framework.GetProperty("controls").EnumerateArray())
            {
                var id = control.GetProperty("id").GetString()!;
                var status = control.GetProperty("status").GetString()!;
                var score = control.TryGetProperty("score", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.Number
                    ? s.GetDouble().ToString("0.0", CultureInfo.InvariantCulture)
                    : "n/a";
                // The row's cells in order, with no other status word between the id and the status cell.
                var row = $@"(?<!\S){Regex.Escape(id)}\s(?:(?!pass|fail|waived|not-).)*?\s{control.GetProperty("severity").GetString()}\s{Regex.Escape(status)}\s{Regex.Escape(score)}(?!\S)";
                Assert.True(Regex.IsMatch(text, row, RegexOptions.Singleline), $"{id} {status} {score} not found as a row in: {Around(text, id)}");
            }
        }
    }

    [Fact]
    public void Framework_scores_and_every_namespace_are_in_the_text()
    {
        var pages = Pages(Render());
        var squeezed = Squeeze(string.Join(string.Empty, pages));
        var json = audit.Results.RootElement;
        foreach (var framework in json.GetProperty("frameworks").EnumerateArray())
        {
            var score = framework.GetProperty("score").GetDouble().ToString("0.0", CultureInfo.InvariantCulture);
            Assert.Contains(Squeeze($"{framework.GetProperty("name").GetString()} {framework.GetProperty("version").GetString()} {score} %"), squeezed, StringComparison.Ordinal);
        }

        // The cover's overall figure is the lowest framework score (HIPAA's in the demo).
        var lowest = json.GetProperty("frameworks").EnumerateArray().MinBy(f => f.GetProperty("score").GetDouble());
        var overall = $"Overall {lowest.GetProperty("score").GetDouble().ToString("0.0", CultureInfo.InvariantCulture)} % (lowest framework score: {lowest.GetProperty("name").GetString()}";
        Assert.Contains(Squeeze(overall), Squeeze(pages[0]), StringComparison.Ordinal);

        var namespaces = json.GetProperty("namespaces").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(namespaces);
        var namespacePage = pages.Single(p => p.Contains("Namespace scores Findings about each namespace", StringComparison.Ordinal));
        Assert.All(namespaces, n => Assert.Contains(n, Squeeze(namespacePage), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_says_page_i_of_n_and_sections_have_bookmarks()
    {
        var pdf = Render();
        var pages = Pages(pdf);
        Assert.True(pages.Count > 5, $"{pages.Count} pages");
        Assert.All(pages.Select((text, i) => (text, i)), p => Assert.Contains($"page {p.i + 1} of {pages.Count}", p.text, StringComparison.Ordinal));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var top = bookmarks.Roots.Select(b => b.Title).ToList();
        var frameworks = audit.Results.RootElement.GetProperty("frameworks").EnumerateArray()
            .Select(f => $"{f.GetProperty("name").GetString()} {f.GetProperty("version").GetString()}");
        Assert.Equal(["Cover", "Executive summary", "Score trend", "Scope and coverage", .. frameworks, "Findings in detail", "Waivers", "Namespace scores", "Appendix"], top);
    }

    [Fact]
    public void Rendering_twice_gives_the_same_bytes_and_fixed_dates()
    {
        var first = Render();
        Assert.Equal(first, Render());
        using var document = PdfDocument.Open(first);
        Assert.Contains("20261128100000", document.Information.CreationDate, StringComparison.Ordinal);
    }

    [Fact]
    public void The_appendix_lists_the_policies_and_input_hashes()
    {
        var text = Squeeze(string.Join(" ", Pages(Render())));
        var inventory = ManifestLoader.Load([Bundled.DemoCluster]).Snapshot;
        Assert.All(inventory.NetworkPolicies, p => Assert.Contains(Squeeze(p.Metadata.QualifiedName), text, StringComparison.Ordinal));
        foreach (var file in audit.Results.RootElement.GetProperty("input").GetProperty("files").EnumerateArray())
        {
            Assert.Contains(file.GetProperty("sha256").GetString()!, text, StringComparison.Ordinal);
        }

        // Each catalog's hash, as results.json records it and as the bundled file's bytes give it.
        foreach (var framework in audit.Results.RootElement.GetProperty("frameworks").EnumerateArray())
        {
            var catalog = framework.GetProperty("catalog");
            var sha256 = catalog.GetProperty("sha256").GetString()!;
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(catalog.GetProperty("file").GetString()!))), sha256);
            Assert.Contains(sha256, text, StringComparison.Ordinal);
        }
    }
}
