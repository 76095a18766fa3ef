using ComplianceAuditor.TestSupport.Golden;

namespace ComplianceAuditor.Cli.Tests.Diff;

/// <summary>
/// The two golden runs, made by the real CLI at fixed times into a temporary folder: A is
/// `audit --demo`; B audits tests/testdata/diff/cluster-b.yaml, the demo dump after a change
/// (the analytics → ePHI store rule removed, an allow-all ingress policy added in payments, a
/// policy re-applied with only its resourceVersion changed), with the demo's waivers.
/// </summary>
public sealed class DiffRuns : IDisposable
{
    public static readonly DateTimeOffset TimeA = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset TimeB = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    public DiffRuns()
    {
        OutDir = Directory.CreateTempSubdirectory("diff-runs-").FullName;
        RunA = Audit(TimeA, "--demo");
        RunB = Audit(TimeB, Path.Combine(Folder, "cluster-b.yaml"), "--waivers", Path.Combine(RepositoryPaths.Demo, "waivers.yaml"));
    }

    public static string Folder => Path.Combine(RepositoryPaths.TestData, "diff");

    public string OutDir { get; }

    /// <summary>Run A's folder (audit-2026-11-28T10-00-00Z).</summary>
    public string RunA { get; }

    public string RunB { get; }

    public sealed record DiffResult(int ExitCode, string Output, string Error);

    public static DiffResult Diff(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.RunAsync(["diff", .. args], output, error, errorIsTerminal: false, new FixedTime(TimeB)).GetAwaiter().GetResult();
        return new DiffResult(code, output.ToString(), error.ToString());
    }

    /// <summary>A copy of a run folder under <see cref="OutDir"/>, to tamper with.</summary>
    public string Copy(string runFolder, string name)
    {
        var copy = Path.Combine(OutDir, name);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(runFolder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    public void Dispose()
    {
        if (Directory.Exists(OutDir))
        {
            Directory.Delete(OutDir, recursive: true);
        }
    }

    private string Audit(DateTimeOffset time, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] line = ["audit", .. args, "--out", OutDir, "--format", "md"];
        var code = CliApp.RunAsync(line, output, error, errorIsTerminal: false, new FixedTime(time)).GetAwaiter().GetResult();
        if (code is not (0 or 1))
        {
            throw new InvalidOperationException($"audit {string.Join(' ', args)} exited {code}: {error}");
        }

        return Path.Combine(OutDir, $"audit-{time.UtcDateTime:yyyy-MM-dd'T'HH-mm-ss'Z'}");
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
