using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.TestSupport.RandomClusters;

namespace ComplianceAuditor.Engine.Tests.Properties;

/// <summary>
/// The (protocol, port) points the comparison asks about. Generated policies and containers use
/// ports 1..12 only, so every port above 12 behaves like 13; 14, 100 and 65535 are asked anyway.
/// </summary>
internal static class Probes
{
    public const int MaxGeneratedPort = RandomClusterGenerator.MaxPortNumber;

    public static IReadOnlyList<Protocol> Protocols { get; } = Enum.GetValues<Protocol>();

    public static IReadOnlyList<int> Ports { get; } = [.. Enumerable.Range(1, 14), 100, 65535];

    /// <summary>
    /// With ports only up to 12 in the input, an allowed set is all ports or lies within 1..12;
    /// anything else (say 13-65535, or a stray 200) would hide between probes, so it is a finding.
    /// </summary>
    public static string? ShapeProblem(ProtocolPortSet ports)
    {
        foreach (var protocol in Protocols)
        {
            var set = ports[protocol];
            if (!set.IsAll && set.Ranges.Any(r => r.End > MaxGeneratedPort))
            {
                return $"{protocol} {set} is neither all ports nor within 1-{MaxGeneratedPort}";
            }
        }

        return null;
    }
}
