using ComplianceAuditor.Cli.Serve;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Hosting;
using ComplianceAuditor.Cli.Serve.Monitoring;
using ComplianceAuditor.Engine.Diagnostics;
using Microsoft.Extensions.Hosting;
using Quartz;
using Quartz.Extensibility;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>
/// A `serve` replica's scheduler and jobs in this process, without Kestrel or the host: Quartz as
/// QuartzSetup configures it, running the real <see cref="AuditJob"/> with a runtime of its own and a log
/// the test reads while jobs write it.
/// </summary>
internal sealed class InProcessReplica : IJobFactory
{
    private readonly LogSink output;

    private InProcessReplica(ServeRuntime runtime, LogSink output)
    {
        Runtime = runtime;
        this.output = output;
    }

    public ServeRuntime Runtime { get; }

    public IReadOnlyList<string> Lines => output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <param name="connectionString">PostgreSQL for a clustered store; null for the in-memory store.</param>
    public static InProcessReplica Create(string folder, string node, string? connectionString, params (string Name, string Schedule, string Cluster)[] targets)
    {
        var yaml = "apiVersion: compliance-auditor.io/v1alpha1\nkind: ServeConfig\ntargets:\n"
            + string.Concat(targets.Select(t => $"  - name: {t.Name}\n    schedule: \"{t.Schedule}\"\n    cluster: {{ {t.Cluster} }}\n    formats: [md]\n"));
        var diagnostics = new DiagnosticBag();
        var config = ServeConfigLoader.Parse(Path.Combine(folder, $"{node}.yaml"), yaml, folder, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        var options = new ServeOptions("serve.yaml", connectionString is null ? ServeStore.Memory : ServeStore.Postgres, connectionString, node, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1));
        var metrics = new ServiceMetrics(TimeProvider.System);
        metrics.Configure(config!.Targets);
        var output = new LogSink();
        var runtime = new ServeRuntime(config, options, node, new ServeLog(output), metrics, TimeProvider.System) { RetryDelay = TimeSpan.FromSeconds(1) };
        return new InProcessReplica(runtime, output);
    }

    public async Task<IScheduler> BuildAsync() =>
        await QuartzSchedulerBuilder.Create(quartz =>
        {
            QuartzSetup.Configure(quartz, Runtime.Options.ConnectionString, Runtime.InstanceId, Runtime.Options.CheckinInterval, TimeProvider.System);
            quartz.UseJobFactory(this);
        }).BuildScheduler();

    public ValueTask<JobScope> CreateJob(TriggerFiredBundle bundle, IScheduler scheduler, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new JobScope(new AuditJob(Runtime, new NoLifetime())));

    public ValueTask ReturnJob(JobScope scope, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>The log, written by the jobs' threads and read by the test's while they run.</summary>
    private sealed class LogSink : TextWriter
    {
        private readonly System.Text.StringBuilder text = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            lock (text)
            {
                text.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (text)
            {
                text.Append(value);
            }
        }

        public override string ToString()
        {
            lock (text)
            {
                return text.ToString();
            }
        }
    }

    private sealed class NoLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
