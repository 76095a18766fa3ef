using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using ComplianceAuditor.Cli.Tests.Demo;
using ComplianceAuditor.TestSupport.Golden;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>
/// The score trend end to end: audits of the demo cluster a day apart into one --out folder, each
/// report drawing its trend from the runs.json the earlier ones left, and saying so in its manifest.
/// </summary>
public sealed class TrendTests : IDisposable
{
    private static readonly DateTimeOffset T = DemoAudit.AuditTime;

    private static readonly string[] Frameworks = ["cis-kubernetes-1.10", "hipaa-security-rule", "nist-800-53-rev5", "pci-dss-4.0.1"];

    private readonly string root = Directory.CreateTempSubdirectory("trend-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void The_third_audit_shows_all_three_runs_with_their_dates_and_scores_and_records_runs_json_as_history()
    {
        var first = Audit(T);
        // The second run audits one catalog only: the other frameworks have no score in it.
        var second = Audit(T.AddDays(1), "--controls", Path.Combine(RepositoryPaths.Root, "controls", "pci-dss-4.0.1.yaml"));
        var index = File.ReadAllBytes(Path.Combine(root, "runs.json"));
        var third = Audit(T.AddDays(2), "--format", "xlsx,md,pdf");

        Assert.Equal([0, 0, 0], new[] { first.ExitCode, second.ExitCode, third.ExitCode });
        var rows = TrendRows(third.Folder);
        Assert.Equal([T.UtcDateTime, T.AddDays(1).UtcDateTime, T.AddDays(2).UtcDateTime], rows.Select(r => r.AuditedAt));
        Assert.Equal([Name(first), Name(second), Name(third)], rows.Select(r => r.Folder));
        Assert.Equal(["no", "no", "yes"], rows.Select(r => r.Current));
        Assert.Equal([Scores(first), Scores(second), Scores(third)], rows.Select(r => r.Scores));
        Assert.Equal([null, null, null, 98.2], rows[1].Scores);
        Assert.Equal(4, rows[0].Scores.Count(s => s is not null));

        var history = Assert.Single(Inputs(third.Folder), i => i.Role == "history");
        Assert.Equal((Path.Combine(root, "runs.json"), (long)index.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(index))), (history.Path, history.Bytes, history.Sha256));
        Assert.DoesNotContain(Inputs(first.Folder), i => i.Role == "history");

        var summary = File.ReadAllText(Path.Combine(third.Folder, "summary.md"));
        Assert.Contains($"| 2026-11-29 10:00:00 UTC | {Name(second)} | – | – | – | 98.2% |", summary, StringComparison.Ordinal);
        var pdf = PdfText(third.Folder);
        Assert.Contains("Score trend", pdf, StringComparison.Ordinal);
        // Cells wrap (a run folder may break after a '-', "(this run)" goes to a second line): compare without white space.
        var text = Squeeze(pdf[pdf.IndexOf("Score trend", StringComparison.Ordinal)..]);
        Assert.Contains($"{Name(first)}{Cells(first)}", text, StringComparison.Ordinal);
        Assert.Contains($"{Name(second)}–––98.2", text, StringComparison.Ordinal);
        Assert.Contains($"{Name(third)}{Cells(third)}(thisrun)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_of_another_cluster_reports_and_unfinished_runs_are_left_out()
    {
        var first = Audit(T);
        var second = Audit(T.AddDays(1));
        var runs = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "runs.json")))!;
        var list = runs["runs"]!.AsArray();
        list.Add(Copy(list[0]!, "audit-2026-11-28T12-00-00Z", r => r["cluster"] = "https://10.9.9.9:6443"));
        list.Add(Copy(list[0]!, "report-2026-11-28T13-00-00Z", r => r["kind"] = "report"));
        list.Add(Copy(list[0]!, "audit-2026-11-28T14-00-00Z", r => r["status"] = "incomplete"));
        list.Add(Copy(list[0]!, "audit-2026-11-28T15-00-00Z", r => r["status"] = "pruned"));
        File.WriteAllText(Path.Combine(root, "runs.json"), runs.ToJsonString());

        var third = Audit(T.AddDays(2));

        Assert.Equal([Name(first), "audit-2026-11-28T15-00-00Z", Name(second), Name(third)], TrendRows(third.Folder).Select(r => r.Folder));
    }

    [Fact]
    public void A_corrupt_runs_json_is_a_warning_and_a_first_run_trend_never_a_failed_audit()
    {
        Audit(T);
        File.WriteAllText(Path.Combine(root, "runs.json"), "{ \"schemaVersion\": \"1.0\", \"runs\": [ { \"folder\": ");

        var second = Audit(T.AddDays(1));

        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"warning: {Path.Combine(root, "runs.json")}: not a readable runs.json", second.Error, StringComparison.Ordinal);
        Assert.Contains("the score trend shows this run only", second.Error, StringComparison.Ordinal);
        Assert.Equal([Name(second)], TrendRows(second.Folder).Select(r => r.Folder));
        Assert.Contains("This is the first run of this target, so there is no trend yet.", File.ReadAllText(Path.Combine(second.Folder, "summary.md")), StringComparison.Ordinal);
        Assert.DoesNotContain(Inputs(second.Folder), i => i.Role == "history");
    }

    [Fact]
    public void Report_from_an_earlier_run_draws_the_trend_up_to_that_run_from_the_runs_json_beside_it()
    {
        var first = Audit(T);
        var second = Audit(T.AddDays(1));
        Audit(T.AddDays(2));
        var reports = Path.Combine(root, "rerendered");

        var run = RunFolderFiles.RunAt(T.AddDays(3), "report", "--from", Path.Combine(second.Folder, "results.json"), "--format", "xlsx", "--out", reports);

        Assert.Equal(0, run.ExitCode);
        var folder = Directory.EnumerateDirectories(reports).Single();
        Assert.Equal([Name(first), Name(second)], TrendRows(folder).Select(r => r.Folder));
        Assert.Equal("yes", TrendRows(folder)[1].Current);
        Assert.Equal(Path.Combine(root, "runs.json"), Assert.Single(Inputs(folder), i => i.Role == "history").Path);
    }

    private static string Name(AuditRun run) => Path.GetFileName(run.Folder);

    /// <summary>A copy of a runs.json record under another folder name, audited at the time that name says, changed by <paramref name="change"/>.</summary>
    private static JsonNode Copy(JsonNode run, string folder, Action<JsonNode> change)
    {
        var copy = run.DeepClone();
        var time = DateTime.ParseExact(folder[(folder.IndexOf('-') + 1)..], "yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture);
        copy["folder"] = folder;
        copy["auditedAt"] = time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        copy["createdAt"] = copy["auditedAt"]!.DeepClone();
        change(copy);
        return copy;
    }

    /// <summary>The scores of a run's results.json, in framework id order; null for a framework it did not audit or could not score.</summary>
    private static List<double?> Scores(AuditRun run)
    {
        using var results = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run.Folder, "results.json")));
        var scores = results.RootElement.GetProperty("frameworks").EnumerateArray().ToDictionary(
            f => f.GetProperty("id").GetString()!,
            f => f.GetProperty("score").ValueKind == JsonValueKind.Number ? f.GetProperty("score").GetDouble() : (double?)null);
        return [.. Frameworks.Select(id => scores.GetValueOrDefault(id))];
    }

    /// <summary>A run's scores as the PDF table prints them, run together.</summary>
    private static string Cells(AuditRun run) => string.Concat(Scores(run).Select(s => s?.ToString("0.0", CultureInfo.InvariantCulture) ?? "–"));

    private static List<TrendRow> TrendRows(string folder)
    {
        using var workbook = new XLWorkbook(Path.Combine(folder, "report.xlsx"));
        var sheet = workbook.Worksheet("Trend");
        Assert.Equal(["Audited at (UTC)", "Run folder", "Current", .. Frameworks], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        return [.. sheet.RowsUsed().Skip(1).Select(r => new TrendRow(
            r.Cell(1).GetDateTime(),
            r.Cell(2).GetString(),
            r.Cell(3).GetString(),
            [.. Enumerable.Range(4, Frameworks.Length).Select(c => r.Cell(c).IsEmpty() ? (double?)null : r.Cell(c).GetDouble())]))];
    }

    private static List<(string Role, string Path, long Bytes, string Sha256)> Inputs(string folder)
    {
        using var manifest = RunFolderFiles.Manifest(folder);
        return [.. manifest.RootElement.GetProperty("inputs").EnumerateArray().Select(i => (
            i.GetProperty("role").GetString()!, i.GetProperty("path").GetString()!, i.GetProperty("bytes").GetInt64(), i.GetProperty("sha256").GetString()!))];
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string PdfText(string folder)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(folder, "report.pdf"));
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private AuditRun Audit(DateTimeOffset at, params string[] extra)
    {
        string[] args = ["audit", "--demo", "--format", "xlsx,md", "--out", root, .. extra];
        var result = RunFolderFiles.RunAt(at, args);
        var folder = Path.Combine(root, "audit-" + at.UtcDateTime.ToString("yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture));
        return new AuditRun(result.ExitCode, result.Output, result.Error, folder);
    }

    private sealed record AuditRun(int ExitCode, string Output, string Error, string Folder);

    private sealed record TrendRow(DateTime AuditedAt, string Folder, string Current, List<double?> Scores);
}
