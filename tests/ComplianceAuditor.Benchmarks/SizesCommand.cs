using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ComplianceAuditor.TestSupport.Synthetic;

namespace ComplianceAuditor.Benchmarks;

/// <summary>
/// Runs the three reference sizes, each repeat in a fresh child process (<c>scale</c>) so that
/// peak memory is that size's alone and no run inherits another's JIT or heap, then prints a
/// markdown table of medians for the README.
/// </summary>
internal static class SizesCommand
{
    public static int Run(BenchmarkArguments arguments)
    {
        var sizes = new[] { SyntheticClusterOptions.Small, SyntheticClusterOptions.Medium, SyntheticClusterOptions.Large }
            .Where(s => s.Pods <= arguments.MaxPods)
            .Select(s => s with { Seed = arguments.Seed })
            .ToList();
        var rows = new List<(SyntheticClusterOptions Size, List<ScaleResult> Runs)>();
        foreach (var size in sizes)
        {
            var runs = new List<ScaleResult>();
            for (var i = 0; i < arguments.Repeats; i++)
            {
                var run = RunChild(size, arguments.Warmup, arguments.Manifest);
                Console.Error.WriteLine($"{size.Pods} pods, run {i + 1}/{arguments.Repeats}: engine {run.EngineMs:F0} ms, peak {run.PeakWorkingSetMb:F0} MB");
                runs.Add(run);
            }

            rows.Add((size, runs));
        }

        Console.WriteLine(SizesTable.Render(rows, arguments.Warmup));
        return 0;
    }

    private static ScaleResult RunChild(SyntheticClusterOptions size, bool warmup, bool manifest)
    {
        var start = SelfStartInfo();
        foreach (var argument in new[] { "scale", "--pods", Text(size.Pods), "--namespaces", Text(size.Namespaces), "--policies", Text(size.Policies), "--seed", Text(size.Seed) })
        {
            start.ArgumentList.Add(argument);
        }

        if (warmup)
        {
            start.ArgumentList.Add("--warmup");
        }

        if (manifest)
        {
            start.ArgumentList.Add("--manifest");
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var output = new StringBuilder();
        child.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        child.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine(e.Data);
            }
        };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        child.WaitForExit();
        var line = output.ToString().Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith('{'));
        if (child.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"scale run for {size.Pods} pods failed with exit code {child.ExitCode}: {output}");
        }

        return JsonSerializer.Deserialize<ScaleResult>(line, ScaleCommand.Json)
            ?? throw new InvalidOperationException($"scale run printed no result: {line}");
    }

    /// <summary>This program again: the apphost when there is one, else "dotnet this.dll".</summary>
    private static ProcessStartInfo SelfStartInfo()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell which executable is running");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(SizesCommand).Assembly.Location);
        }

        return start;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
