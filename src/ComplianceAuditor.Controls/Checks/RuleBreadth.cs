using System.Globalization;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// Why a rule is broad, read from what the policy says (not from reachability): each reason
/// names the part of the rule, as written, that opens it to every address, peer, namespace or port.
/// </summary>
internal static class RuleBreadth
{
    public static IEnumerable<string> Reasons(CompiledRule rule, int maxPortRange) =>
        PeerReasons(rule).Concat(PortReasons(rule.Source, maxPortRange));

    private static IEnumerable<string> PeerReasons(CompiledRule rule)
    {
        var list = rule.Direction == PolicyType.Ingress ? "from" : "to";
        if (rule.Source.AllowsAllPeers)
        {
            yield return $"every peer ({list} is empty or missing)";
            yield break;
        }

        var peers = rule.Source.Peers!.Value;
        for (var i = 0; i < peers.Length; i++)
        {
            if (peers[i].IpBlock is { Cidr.Length: 0 } block)
            {
                yield return $"any address ({list}[{i}].ipBlock {block})";
            }

            if (peers[i].NamespaceSelector is { IsEmpty: true })
            {
                yield return $"every namespace ({list}[{i}].namespaceSelector is empty)";
            }
        }
    }

    private static IEnumerable<string> PortReasons(NetworkPolicyRule rule, int maxPortRange)
    {
        if (rule.AllowsAllPorts)
        {
            yield return "every port (ports is empty or missing)";
            yield break;
        }

        var ports = rule.Ports!.Value;
        for (var i = 0; i < ports.Length; i++)
        {
            // A protocol without a port is every port of it: the widest range there is.
            var width = ports[i] switch
            {
                { Port: null, PortName: null } => PortSet.MaxPort - PortSet.MinPort + 1,
                { Port: { } start, EndPort: { } end } => end - start + 1,
                _ => 1,
            };
            if (width > maxPortRange)
            {
                yield return $"{width.ToString(CultureInfo.InvariantCulture)} ports (ports[{i}] {ports[i]}), more than {maxPortRange.ToString(CultureInfo.InvariantCulture)}";
            }
        }
    }
}
