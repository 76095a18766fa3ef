using System.Net;

namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>Where /healthz and /metrics listen. Loopback unless the configuration says otherwise.</summary>
internal sealed record MonitoringSettings(IPAddress Address, int Port)
{
    public const int DefaultPort = 9464;

    public static MonitoringSettings Default { get; } = new(IPAddress.Loopback, DefaultPort);
}
