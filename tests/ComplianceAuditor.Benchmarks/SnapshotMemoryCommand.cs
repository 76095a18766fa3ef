using System.Diagnostics;
using System.Globalization;
using ComplianceAuditor.TestSupport.ApiServer;

namespace ComplianceAuditor.Benchmarks;

/// <summary>
/// Peak memory of `snapshot` against a large cluster: a fake API server in this process serves
/// N generated pods (100k by default; built on the fly, not held), and the real CLI runs in a
/// child process whose peak resident set (VmHWM) is sampled from /proc until it exits.
/// </summary>
internal static class SnapshotMemoryCommand
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var pods = arguments.Pods ?? 100_000;
        var cluster = new FakeCluster();
        cluster.Namespaces.Generate(pods / 100, i => FakeObjects.Namespace($"team-{i:D5}"));
        cluster.Pods.Generate(pods, i => FakeObjects.Pod($"team-{i / 100:D5}", $"app-{i:D7}", $"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}", new Dictionary<string, string> { ["app"] = $"app-{i % 7}" }));
        cluster.AdminNetworkPolicies.Served = false;
        cluster.BaselineAdminNetworkPolicies.Served = false;
        cluster.CiliumNetworkPolicies.Served = false;
        await using var server = await FakeApiServer.StartAsync(cluster);
        var work = Directory.CreateTempSubdirectory("snapshot-memory-");
        try
        {
            var kubeconfig = server.WriteKubeconfig(Path.Combine(work.FullName, "kubeconfig"));
            var output = Path.Combine(work.FullName, "cluster.json.gz");
            var (exitCode, peakKb, elapsed, error) = await RunCliAsync(["snapshot", "--kubeconfig", kubeconfig, "--output", output]);
            var size = File.Exists(output) ? new FileInfo(output).Length : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"pods\":{pods},\"exitCode\":{exitCode},\"seconds\":{elapsed.TotalSeconds:F1},\"peakWorkingSetMb\":{peakKb / 1024.0:F0},\"snapshotGzipMb\":{size / 1048576.0:F1}}}"));
            if (exitCode != 0)
            {
                await Console.Error.WriteLineAsync(error);
            }

            return exitCode;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, long PeakKb, TimeSpan Elapsed, string Error)> RunCliAsync(string[] cliArgs)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "compliance-auditor.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in cliArgs)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start the CLI");
        var errorTask = process.StandardError.ReadToEndAsync();
        var outputTask = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadPeakKb(process.Id));
            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        await outputTask;
        return (process.ExitCode, peak, clock.Elapsed, await errorTask);
    }

    /// <summary>VmHWM, the peak resident set of a live process, from /proc (0 once it is gone).</summary>
    private static long ReadPeakKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
