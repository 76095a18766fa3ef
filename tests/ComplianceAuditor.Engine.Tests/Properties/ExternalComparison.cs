using System.Net;
using System.Net.Sockets;
using System.Numerics;
using ComplianceAuditor.Engine.Explain;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.TestSupport.Reference;

namespace ComplianceAuditor.Engine.Tests.Properties;

/// <summary>
/// Checks each peer's address-range entries, per direction: ranges of a family never overlap,
/// neighbours never carry equal ports (maximality), and at every breakpoint the range holding it
/// (none: nothing allowed) agrees with the naive evaluator on every probe and with explain.
/// </summary>
internal sealed class ExternalComparison(NaiveEvaluator naive, ConnectionEvaluator explain, EngineAnswer answer, Findings findings)
{
    public void Check(Peer enginePeer, NaivePeer naivePeer, Dictionary<AddressFamily, SortedSet<BigInteger>> policyPoints)
    {
        foreach (var direction in (PolicyType[])[PolicyType.Ingress, PolicyType.Egress])
        {
            var ranges = answer.External.GetValueOrDefault((naivePeer.DisplayName, direction)) ?? [];
            CheckLayout(ranges, naivePeer.DisplayName, direction);
            foreach (var family in Breakpoints.Families)
            {
                var points = new SortedSet<BigInteger>(policyPoints[family]);
                foreach (var range in ranges.Where(r => r.Family == family))
                {
                    Breakpoints.AddRange(points, family, range.First, range.Last);
                }

                foreach (var point in points)
                {
                    var ports = ranges.FirstOrDefault(r => r.Contains(family, point))?.Ports ?? ProtocolPortSet.Empty;
                    CheckPoint(enginePeer, naivePeer, direction, NaiveAddress.FromNumber(family, point), ports);
                }
            }
        }
    }

    private void CheckLayout(List<ExternalRange> ranges, string peer, PolicyType direction)
    {
        var sorted = ranges.OrderBy(r => r.Family).ThenBy(r => r.First).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            var (previous, next) = (sorted[i - 1], sorted[i]);
            if (previous.Family != next.Family)
            {
                continue;
            }

            if (next.First <= previous.Last)
            {
                findings.Add($"{direction} of {peer}: ranges {previous.Text} and {next.Text} overlap");
            }
            else if (next.First == previous.Last + 1 && next.Ports.Equals(previous.Ports))
            {
                findings.Add($"{direction} of {peer}: adjacent ranges {previous.Text} and {next.Text} both allow {next.Ports} (not maximal)");
            }
        }
    }

    private void CheckPoint(Peer enginePeer, NaivePeer naivePeer, PolicyType direction, IPAddress address, ProtocolPortSet ports)
    {
        var where = direction == PolicyType.Ingress ? $"{address} -> {naivePeer}" : $"{naivePeer} -> {address}";
        foreach (var protocol in Probes.Protocols)
        {
            foreach (var port in Probes.Ports)
            {
                var expected = direction == PolicyType.Ingress
                    ? naive.Allowed(address, naivePeer, protocol, port)
                    : naive.Allowed(naivePeer, address, protocol, port);
                if (expected != ports.Contains(protocol, port))
                {
                    findings.Add($"{where} {protocol} {port}: naive {(expected ? "allows" : "denies")}, engine's ranges give {ports}");
                    return;
                }
            }
        }

        var endpoint = Endpoint.Of(EngineAddress(address));
        var verdict = direction == PolicyType.Ingress
            ? explain.Evaluate(endpoint, Endpoint.Of(enginePeer))
            : explain.Evaluate(Endpoint.Of(enginePeer), endpoint);
        if (!verdict.Allowed.Equals(ports))
        {
            findings.Add($"{where}: explain allows {verdict.Allowed}, reach allows {ports}");
        }
    }

    private static IpAddress EngineAddress(IPAddress address) => new(
        address.AddressFamily == AddressFamily.InterNetwork ? IpFamily.IPv4 : IpFamily.IPv6,
        (UInt128)NaiveAddress.ToNumber(address));
}
