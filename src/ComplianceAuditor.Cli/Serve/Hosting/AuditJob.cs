using System.Globalization;
using ComplianceAuditor.Cli.Commands;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Monitoring;
using ComplianceAuditor.Reports.Text;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>
/// One firing of a target: the `audit` pipeline into the target's out folder. Never two at once for
/// one target, across every replica of a cluster; a firing whose replica died is run again by another
/// (RequestsRecovery), and so is one abandoned at shutdown. A replica whose configuration does not hold
/// the stored definition of the target hands the firing back (<see cref="FiringRetry"/>).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class AuditJob(ServeRuntime runtime, IHostApplicationLifetime lifetime) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.JobDetail.Key.Name;
        if (!runtime.Targets.TryGetValue(name, out var target) || TargetDefinition.Hash(target) != TargetDefinition.Of(context.JobDetail))
        {
            await FiringRetry.DeferAsync(context, runtime, target is null ? "this replica's configuration has no such target" : "the stored definition of the target differs from this replica's", cancellationToken).ConfigureAwait(false);
            return;
        }

        var recovering = context.Recovering ? " (recovering a firing its replica did not finish)" : string.Empty;
        runtime.Log.Target(name, $"firing scheduled {ServeLog.Time(FiringRetry.Scheduled(context))} started on {runtime.InstanceId}{recovering}");
        var started = runtime.Time.GetTimestamp();
        var startedAt = runtime.Time.GetUtcNow();
        using var grace = new ShutdownGrace(runtime.Options.ShutdownGrace, runtime.Time, cancellationToken, lifetime.ApplicationStopping);
        AuditRun? run = null;
        runtime.Metrics.RunStarted(name);
        try
        {
            run = await RunAsync(target, grace).ConfigureAwait(false);
        }
        finally
        {
            // Whatever happened, the running gauge goes back to 0 and the firing is counted.
            runtime.Metrics.RunCompleted(Outcome(target, startedAt, runtime.Time.GetElapsedTime(started), run));
            runtime.Metrics.SetNextFire(name, context.NextFireTimeUtc);
        }

        var duration = runtime.Time.GetElapsedTime(started);
        if (run is null)
        {
            runtime.Log.Target(name, string.Create(CultureInfo.InvariantCulture, $"abandoned after {duration.TotalSeconds:0.0}s: the service is stopping and the audit did not finish within --shutdown-grace {runtime.Options.ShutdownGrace.TotalSeconds:0.#}s; no run folder was left"));

            // Thrown to Quartz as what it is: a firing cancelled by shutdown, which a clustered store hands back for another replica to run.
            throw new OperationCanceledException(cancellationToken.IsCancellationRequested ? cancellationToken : grace.Token);
        }

        var folder = run.Folder ?? "(no run folder)";
        runtime.Log.Target(name, string.Create(CultureInfo.InvariantCulture, $"finished exit {run.ExitCode} in {duration.TotalSeconds:0.0}s -> {folder}"));
    }

    /// <summary>The audit, its messages written to the log; null when it was abandoned at shutdown.</summary>
    private async Task<AuditRun?> RunAsync(ServeTarget target, ShutdownGrace grace)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var console = new CliConsole(output, error, ErrorIsTerminal: false, runtime.Time);
        try
        {
            return await AuditPipeline.RunAsync(TargetRequest.For(target), console, grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (grace.Token.IsCancellationRequested)
        {
            return null;
        }
#pragma warning disable CA1031 // One target's failure (a bug, a full disk) must not stop the service; it is logged and counted as exit 2.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // Escaped before Relay splits the text into lines: a message from the API server must not forge one.
            error.WriteLine(Printable.Escape($"error: {e.Message}"));
            return AuditRun.Failed;
        }
        finally
        {
            Relay(target.Name, output.ToString(), error.ToString());
        }
    }

    /// <summary>Problems, the manifest's hash and retention's actions go to the log; the summary table does not.</summary>
    private void Relay(string name, string output, string error)
    {
        var kept = output.Split('\n').Where(l => l.StartsWith("manifest:", StringComparison.Ordinal) || l.StartsWith("retention:", StringComparison.Ordinal));
        foreach (var line in error.Split('\n').Concat(kept).Where(l => l.Length > 0))
        {
            runtime.Log.Relayed(name, line.TrimEnd('\r'));
        }
    }

    private static RunOutcome Outcome(ServeTarget target, DateTimeOffset startedAt, TimeSpan duration, AuditRun? run) => new(
        target.Name,
        startedAt,
        duration,
        run?.ExitCode ?? ExitCodes.Failed,
        (run ?? AuditRun.Failed).Scores,
        run?.Folder,
        Abandoned: run is null);
}
