using System.Security.Cryptography;
using System.Text.Json;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Reports.Results;

/// <summary>
/// The SHA-256 of a NetworkPolicy's spec in a canonical form written from the validated model:
/// metadata (resourceVersion, managedFields, annotations) is not in it, label keys and selector
/// terms are in canonical order, and an omitted protocol is the TCP it defaults to. Rule and peer
/// order are kept: evidence names rules by position (<c>ingress[1] from[0]</c>).
/// </summary>
public static class NetworkPolicyHash
{
    public static string Of(NetworkPolicySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteRules(json, "egress", "to", spec.Egress);
            WriteRules(json, "ingress", "from", spec.Ingress);
            json.WritePropertyName("podSelector");
            WriteSelector(json, spec.PodSelector);
            if (spec.PolicyTypes is { } types)
            {
                ResultsJsonWriter.Strings(json, "policyTypes", types.Select(t => t.ToString()));
            }

            json.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void WriteRules(Utf8JsonWriter json, string name, string peersName, IEnumerable<NetworkPolicyRule>? rules)
    {
        if (rules is null)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            if (rule.Peers is { } peers)
            {
                json.WriteStartArray(peersName);
                foreach (var peer in peers)
                {
                    WritePeer(json, peer);
                }

                json.WriteEndArray();
            }

            if (rule.Ports is { } ports)
            {
                json.WriteStartArray("ports");
                foreach (var port in ports)
                {
                    WritePort(json, port);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WritePeer(Utf8JsonWriter json, NetworkPolicyPeer peer)
    {
        json.WriteStartObject();
        if (peer.IpBlock is { } block)
        {
            json.WriteStartObject("ipBlock");
            json.WriteString("cidr", block.Cidr.Text);
            ResultsJsonWriter.Strings(json, "except", block.Except.Select(e => e.Text));
            json.WriteEndObject();
        }

        if (peer.NamespaceSelector is { } namespaces)
        {
            json.WritePropertyName("namespaceSelector");
            WriteSelector(json, namespaces);
        }

        if (peer.PodSelector is { } pods)
        {
            json.WritePropertyName("podSelector");
            WriteSelector(json, pods);
        }

        json.WriteEndObject();
    }

    private static void WritePort(Utf8JsonWriter json, NetworkPolicyPort port)
    {
        json.WriteStartObject();
        if (port.EndPort is { } end)
        {
            json.WriteNumber("endPort", end);
        }

        if (port.Port is { } number)
        {
            json.WriteNumber("port", number);
        }
        else if (port.PortName is { } portName)
        {
            json.WriteString("port", portName);
        }

        json.WriteString("protocol", port.Protocol.ToString());
        json.WriteEndObject();
    }

    private static void WriteSelector(Utf8JsonWriter json, LabelSelector selector)
    {
        json.WriteStartObject();
        json.WriteStartArray("matchExpressions");
        foreach (var term in selector.MatchExpressions)
        {
            json.WriteStartObject();
            json.WriteString("key", term.Key);
            json.WriteString("operator", term.Operator.ToString());
            ResultsJsonWriter.Strings(json, "values", term.Values);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("matchLabels");
        foreach (var (key, value) in selector.MatchLabels.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
