using System.Diagnostics;

namespace ComplianceAuditor.Benchmarks;

/// <summary>The clock and process figures every bench command reports.</summary>
internal static class ProcessFigures
{
    /// <summary>Milliseconds since the last lap (one decimal), restarting the clock.</summary>
    public static double Lap(Stopwatch clock)
    {
        var ms = Math.Round(clock.Elapsed.TotalMilliseconds, 1);
        clock.Restart();
        return ms;
    }

    public static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public static long CurrentPeak()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
