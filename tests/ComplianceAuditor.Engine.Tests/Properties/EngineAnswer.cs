using System.Net;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Engine.Reachability;
using ComplianceAuditor.TestSupport.Reference;

namespace ComplianceAuditor.Engine.Tests.Properties;

/// <summary>
/// The engine's connection list read back as the contract defines it: peer-to-peer entries, and
/// address ranges per (peer, direction). Format rules (sorting, uniqueness, canonical range text,
/// no empty entries) are checked while reading.
/// </summary>
internal sealed class EngineAnswer
{
    public Dictionary<(string Source, string Destination), ProtocolPortSet> PeerPairs { get; } = [];

    public Dictionary<(string Peer, PolicyType Direction), List<ExternalRange>> External { get; } = [];

    public static EngineAnswer Read(IReadOnlyList<Connection> connections, IReadOnlySet<string> peerNames, Findings findings)
    {
        var answer = new EngineAnswer();
        for (var i = 0; i < connections.Count; i++)
        {
            var connection = connections[i];
            var label = $"{connection.Source} -> {connection.Destination}";
            if (i > 0 && Compare(connections[i - 1], connection) >= 0)
            {
                findings.Add($"connections not strictly sorted by (src, dst): {connections[i - 1].Source} -> {connections[i - 1].Destination} before {label}");
            }

            if (connection.Ports.IsEmpty)
            {
                findings.Add($"{label}: entry with no allowed port");
            }

            if (Probes.ShapeProblem(connection.Ports) is { } shape)
            {
                findings.Add($"{label}: {shape}");
            }

            answer.Add(connection, peerNames, label, findings);
        }

        return answer;
    }

    private void Add(Connection connection, IReadOnlySet<string> peerNames, string label, Findings findings)
    {
        var sourceIsPeer = peerNames.Contains(connection.Source);
        var destinationIsPeer = peerNames.Contains(connection.Destination);
        if (sourceIsPeer && destinationIsPeer)
        {
            if (connection.Source == connection.Destination)
            {
                findings.Add($"{label}: a peer's traffic to itself is reported");
            }

            PeerPairs[(connection.Source, connection.Destination)] = connection.Ports;
        }
        else if (destinationIsPeer && ParseRange(connection.Source, connection.Ports, findings) is { } from)
        {
            Ranges(connection.Destination, PolicyType.Ingress).Add(from);
        }
        else if (sourceIsPeer && ParseRange(connection.Destination, connection.Ports, findings) is { } to)
        {
            Ranges(connection.Source, PolicyType.Egress).Add(to);
        }
        else
        {
            findings.Add($"{label}: needs a known peer on one side and a peer or address range on the other");
        }
    }

    private List<ExternalRange> Ranges(string peer, PolicyType direction)
    {
        if (!External.TryGetValue((peer, direction), out var list))
        {
            list = [];
            External.Add((peer, direction), list);
        }

        return list;
    }

    /// <summary>"first-last", each written exactly as the contract's canonical text; null (with a finding) otherwise.</summary>
    private static ExternalRange? ParseRange(string text, ProtocolPortSet ports, Findings findings)
    {
        var parts = text.Split('-');
        if (parts.Length != 2 || !IPAddress.TryParse(parts[0], out var first) || !IPAddress.TryParse(parts[1], out var last)
            || first.AddressFamily != last.AddressFamily)
        {
            findings.Add($"'{text}' is not an address range first-last of one family");
            return null;
        }

        var canonical = $"{NaiveIpText.Format(first)}-{NaiveIpText.Format(last)}";
        if (canonical != text)
        {
            findings.Add($"range '{text}' is not in canonical form '{canonical}'");
        }

        var range = new ExternalRange(first.AddressFamily, NaiveAddress.ToNumber(first), NaiveAddress.ToNumber(last), ports, text);
        if (range.First > range.Last)
        {
            findings.Add($"range '{text}' ends before it starts");
        }

        return range;
    }

    private static int Compare(Connection a, Connection b)
    {
        var bySource = string.CompareOrdinal(a.Source, b.Source);
        return bySource != 0 ? bySource : string.CompareOrdinal(a.Destination, b.Destination);
    }
}
