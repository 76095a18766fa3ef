using ComplianceAuditor.Engine.Explain;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Reports.Explain;

/// <summary>Describes a matching rule: which policy, which rule and peer entry, and what it allows.</summary>
internal static class RuleText
{
    public static string Location(RuleMatch match)
    {
        var rule = match.Rule;
        var list = rule.Direction == PolicyType.Ingress ? "from" : "to";
        var peer = match.PeerIndex >= 0 ? $" {list}[{match.PeerIndex}]" : string.Empty;
        return $"{rule.Policy.QualifiedName} {rule.Path}{peer}";
    }

    public static string PeerText(RuleMatch match)
    {
        var rule = match.Rule;
        var list = rule.Direction == PolicyType.Ingress ? "from" : "to";
        return match.PeerIndex >= 0
            ? rule.Source.Peers!.Value[match.PeerIndex].ToString()
            : $"every peer ({list} is {(rule.Source.Peers is null ? "missing" : "empty")})";
    }

    public static string PortsText(RuleMatch match) =>
        match.Rule.Source.AllowsAllPorts ? "all ports" : string.Join(", ", match.Rule.Source.Ports!.Value.Select(p => p.ToString()));

    public static string Describe(RuleMatch match)
    {
        var allows = match.Ports.IsEmpty
            ? "allows no port towards this destination (a named port it lacks, or an external address)"
            : $"allows {match.Ports}";
        return $"{Location(match)} [{PeerText(match)}; ports: {PortsText(match)}] {allows}";
    }
}
