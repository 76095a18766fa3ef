using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>
/// `compliance-auditor serve` as a real child process (`dotnet compliance-auditor.dll serve ...`), with its
/// log lines collected as they come, so tests can wait for events, send SIGTERM or kill it outright.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly List<string> errors = [];
    private readonly Lock gate = new();

    private ServeProcess(Process process) => this.process = process;

    public int Id => process.Id;

    /// <summary>Standard output so far: the service's event log.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (gate)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>Both streams, for assertion messages.</summary>
    public string Transcript
    {
        get
        {
            lock (gate)
            {
                return $"--- stdout of {process.Id}\n{string.Join('\n', lines)}\n--- stderr\n{string.Join('\n', errors)}";
            }
        }
    }

    public static ServeProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "compliance-auditor.dll"));
        start.ArgumentList.Add("serve");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var serve = new ServeProcess(process);
        process.OutputDataReceived += (_, e) => serve.Add(serve.lines, e.Data);
        process.ErrorDataReceived += (_, e) => serve.Add(serve.errors, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>Polls the log until a line matches; fails with the transcript after <paramref name="timeout"/>.</summary>
    public async Task<Match> WaitForAsync(Regex pattern, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (Lines.Select(l => pattern.Match(l)).FirstOrDefault(m => m.Success) is { } match)
            {
                return match;
            }

            if (deadline.Elapsed > timeout || process.HasExited)
            {
                Assert.Fail($"no log line matched /{pattern}/ within {timeout.TotalSeconds} s (exited: {process.HasExited})\n{Transcript}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGTERM, as Kubernetes stops a pod.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>SIGKILL: the replica dies without a word (OOM kill, node failure).</summary>
    public void KillHard() => process.Kill(entireProcessTree: true);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the service did not exit within {timeout.TotalSeconds} s\n{Transcript}");
        }

        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private void Add(List<string> target, string? line)
    {
        if (line is not null)
        {
            lock (gate)
            {
                target.Add(line);
            }
        }
    }
}
