using System.Collections.Immutable;

namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>
/// The `serve` configuration file, loaded and checked: every target with its schedule and its audit.
/// </summary>
/// <param name="File">The configuration file's path, as given.</param>
internal sealed record ServeConfig(string File, ImmutableArray<ServeTarget> Targets, MonitoringSettings Monitoring);
