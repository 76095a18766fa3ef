using System.Collections.Frozen;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Monitoring;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>What every firing needs from the service: its targets by name, the log, the metrics, the clock, the shutdown grace.</summary>
internal sealed class ServeRuntime(ServeConfig config, ServeOptions options, string instanceId, ServeLog log, ServiceMetrics metrics, TimeProvider time)
{
    public FrozenDictionary<string, ServeTarget> Targets { get; } = config.Targets.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    public ServeConfig Config { get; } = config;

    public ServeOptions Options { get; } = options;

    public string InstanceId { get; } = instanceId;

    public ServeLog Log { get; } = log;

    public ServiceMetrics Metrics { get; } = metrics;

    public TimeProvider Time { get; } = time;

    /// <summary>How long after a firing this replica may not run (see <see cref="AuditJob"/>) it is offered again.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a clustered replica reconciles the stored schedule with its configuration.</summary>
    public TimeSpan ReconcileInterval { get; init; } = TimeSpan.FromSeconds(60);
}
