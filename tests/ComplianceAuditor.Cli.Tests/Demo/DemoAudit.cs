using System.Text.Json;

namespace ComplianceAuditor.Cli.Tests.Demo;

/// <summary>
/// Runs `audit --demo` in-process at a fixed time into a temporary --out folder, as a user
/// would, and reads back the results.json the run wrote.
/// </summary>
public sealed class DemoAudit : IDisposable
{
    /// <summary>The audit date the demo's review dates and waiver expiries are written against.</summary>
    public static readonly DateTimeOffset AuditTime = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    public DemoAudit()
    {
        OutDir = Path.Combine(Path.GetTempPath(), $"demo-audit-{Guid.NewGuid():N}");
        First = Run();
        Results = JsonDocument.Parse(File.ReadAllBytes(First.ResultsPath));
    }

    public string OutDir { get; }

    public RunResult First { get; }

    public JsonDocument Results { get; }

    public sealed record RunResult(int ExitCode, string Output, string Error, string ResultsPath);

    /// <summary>Runs the demo audit again into the same --out folder, with extra arguments.</summary>
    public RunResult Run(params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = ["audit", "--demo", "--out", OutDir, .. extra];
        var code = CliApp.RunAsync(args, output, error, errorIsTerminal: false, new FixedTime(AuditTime)).GetAwaiter().GetResult();
        var text = output.ToString();
        const string marker = "results: ";
        var line = text.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.StartsWith(marker, StringComparison.Ordinal));
        return new RunResult(code, text, error.ToString(), line is null ? string.Empty : line[marker.Length..]);
    }

    public JsonElement Framework(string id) =>
        Results.RootElement.GetProperty("frameworks").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    public JsonElement Control(string framework, string id) =>
        Framework(framework).GetProperty("controls").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    /// <summary>The findings of a control's checks of one type whose status is not pass.</summary>
    public List<JsonElement> Findings(string framework, string control, string checkType) =>
        [.. Control(framework, control).GetProperty("checks").EnumerateArray()
            .Where(c => c.GetProperty("type").GetString() == checkType)
            .SelectMany(c => c.GetProperty("findings").EnumerateArray())
            .Where(f => f.GetProperty("status").GetString() != "pass")];

    public void Dispose()
    {
        Results.Dispose();
        if (Directory.Exists(OutDir))
        {
            Directory.Delete(OutDir, recursive: true);
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
