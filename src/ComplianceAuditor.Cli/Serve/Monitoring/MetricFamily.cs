namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>One metric name with its HELP and TYPE lines and the samples one target contributes.</summary>
/// <param name="Type">gauge or counter.</param>
/// <param name="Samples">Per target: the label set (as <see cref="PrometheusText.Labels"/> writes it) and the value.</param>
internal sealed record MetricFamily(string Name, string Type, string Help, Func<TargetView, IEnumerable<(string Labels, string Value)>> Samples);
