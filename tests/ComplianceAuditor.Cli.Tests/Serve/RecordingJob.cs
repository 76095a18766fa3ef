using System.Collections.Concurrent;
using Quartz;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>A job that records the scheduled fire time of every firing, per scheduler (tests run in parallel).</summary>
[DisallowConcurrentExecution]
public sealed class RecordingJob : IJob
{
    public const string RunKey = "run";

    private static readonly ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> Fired = new(StringComparer.Ordinal);

    public static IReadOnlyList<DateTimeOffset> FiredIn(string run) =>
        Fired.TryGetValue(run, out var queue) ? [.. queue] : [];

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = context.MergedJobDataMap.GetString(RunKey)!;
        Fired.GetOrAdd(run, _ => new ConcurrentQueue<DateTimeOffset>()).Enqueue(context.ScheduledFireTimeUtc!.Value);
        return ValueTask.CompletedTask;
    }
}
