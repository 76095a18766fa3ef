using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Monitoring;
using ComplianceAuditor.Cli.Serve.Schedule;
using ComplianceAuditor.Reports.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Quartz;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>
/// The service from start to stop: check the database, start Kestrel and Quartz, reconcile the schedule
/// with the configuration, run until SIGTERM (or <c>stop</c>), then stop firing, give running audits
/// their grace, and exit 0.
/// </summary>
internal static class ServeHost
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(ServeConfig config, ServeOptions options, CliConsole console, CancellationToken stop)
    {
        var log = new ServeLog(console.Output);
        var instanceId = options.InstanceId ?? InstanceIds.Generate();
        var connectionString = options.Store == ServeStore.Postgres ? options.ConnectionString : null;
        if (connectionString is not null && await PostgresConnection.ProbeAsync(connectionString, ConnectTimeout, stop).ConfigureAwait(false) is { } problem)
        {
            console.Error.WriteLine(Printable.Escape($"serve: cannot reach PostgreSQL ({PostgresConnection.Redacted(connectionString)}): {problem}; nothing was started"));
            return ExitCodes.Failed;
        }

        var metrics = new ServiceMetrics(console.Time);
        metrics.Configure(config.Targets);
        foreach (var target in config.Targets)
        {
            if (metrics.Seed(target.Name, target.Out) is { } unreadable)
            {
                log.Target(target.Name, $"warning: {unreadable}");
            }
        }

        var runtime = new ServeRuntime(config, options, instanceId, log, metrics, console.Time);
        await using var app = ServeWebApp.Build(runtime, connectionString);
        if (!await StartAsync(app, runtime, connectionString, console, stop).ConfigureAwait(false))
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStopping.Register(() => log.Write($"stopping: no new firings; running audits have {options.ShutdownGrace.TotalSeconds:0.#}s (--shutdown-grace) to finish"));
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop, lifetime.ApplicationStopping);
        var periodic = connectionString is null
            ? Task.CompletedTask
            : PeriodicReconcile.RunAsync(await Scheduler(app, stop).ConfigureAwait(false), runtime, connectionString, stopping.Token);
        await app.WaitForShutdownAsync(stop).ConfigureAwait(false);
        await stopping.CancelAsync().ConfigureAwait(false);
        await periodic.ConfigureAwait(false);
        log.Write($"stopped ({instanceId})");
        return ExitCodes.Success;
    }

    private static async Task<bool> StartAsync(WebApplication app, ServeRuntime runtime, string? connectionString, CliConsole console, CancellationToken stop)
    {
        try
        {
            await app.StartAsync(stop).ConfigureAwait(false);

            // SIGTERM while waiting for another replica's advisory lock ends the wait.
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop, app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            var scheduler = await Scheduler(app, stopping.Token).ConfigureAwait(false);
            await ReconcileAsync(scheduler, runtime, connectionString, stopping.Token).ConfigureAwait(false);
            await scheduler.Start(stopping.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SchedulerException or NpgsqlException or InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            var where = connectionString is null ? string.Empty : $" (PostgreSQL {PostgresConnection.Redacted(connectionString)})";
            console.Error.WriteLine(Printable.Escape($"serve: could not start{where}: {e.Message}"));
            return false;
        }

        var store = connectionString is null ? "in-memory store (one replica)" : $"clustered PostgreSQL store {PostgresConnection.Redacted(connectionString)}";
        runtime.Log.Write($"started on {runtime.InstanceId}: {runtime.Config.Targets.Length} target(s), {store}, monitoring on {ServeWebApp.Address(app)}");
        return true;
    }

    private static async Task<IScheduler> Scheduler(WebApplication app, CancellationToken cancellation) =>
        await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellation).ConfigureAwait(false);

    private static async Task ReconcileAsync(IScheduler scheduler, ServeRuntime runtime, string? connectionString, CancellationToken stop)
    {
        Task Apply() => ScheduleReconciler.ApplyAsync(scheduler, runtime.Config.Targets, runtime.Time, runtime.Log, stop);
        if (connectionString is null)
        {
            await Apply().ConfigureAwait(false);
        }
        else
        {
            await PostgresStartup.UnderLockAsync(connectionString, Apply, stop).ConfigureAwait(false);
        }

        foreach (var target in runtime.Config.Targets)
        {
            var trigger = await scheduler.GetTrigger(TargetTriggers.TriggerKey(target), stop).ConfigureAwait(false);
            runtime.Metrics.SetNextFire(target.Name, trigger?.NextFireTimeUtc);
        }
    }
}
