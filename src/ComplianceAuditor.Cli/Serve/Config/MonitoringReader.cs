using System.Net;
using System.Net.Sockets;
using ComplianceAuditor.Controls.Yaml;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>Reads <c>monitoring</c>: where /healthz and /metrics listen.</summary>
internal static class MonitoringReader
{
    public static MonitoringSettings Read(YamlReader reader, YamlMappingNode root)
    {
        if (reader.Mapping(root, "monitoring", string.Empty, required: false) is not { } map)
        {
            return MonitoringSettings.Default;
        }

        reader.Known(map, "monitoring", "address", "port");
        var address = MonitoringSettings.Default.Address;
        if (reader.String(map, "address", "monitoring", required: false) is { } text)
        {
            if (IPAddress.TryParse(text, out var parsed) && (parsed.AddressFamily == AddressFamily.InterNetworkV6 || text.Split('.').Length == 4))
            {
                address = parsed;
            }
            else
            {
                // IPAddress.TryParse also takes "1" (0.0.0.1): a dotted quad is asked for, so a typo is not a listener somewhere odd.
                reader.Error(YamlReader.Get(map, "address")!, "monitoring.address", $"expected an IP address such as 127.0.0.1, ::1 or 0.0.0.0, found '{text}'");
            }
        }

        var port = reader.Integer(map, "port", "monitoring", 0, 65_535) ?? MonitoringSettings.DefaultPort;
        return new MonitoringSettings(address, port);
    }
}
