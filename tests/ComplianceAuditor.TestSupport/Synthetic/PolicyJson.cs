using System.Collections.Immutable;
using System.Text.Json;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// Writes a NetworkPolicy. Missing lists stay missing and empty ones are written empty, since the two
/// differ for policyTypes defaulting and for evidence.
/// </summary>
internal static class PolicyJson
{
    public static void Write(Utf8JsonWriter json, NetworkPolicy policy)
    {
        var spec = policy.Spec;
        json.WriteStartObject();
        json.WriteString("apiVersion", "networking.k8s.io/v1");
        json.WriteString("kind", "NetworkPolicy");
        ManifestJson.WriteMetadata(json, policy.Metadata);
        json.WriteStartObject("spec");
        ManifestJson.WriteSelector(json, "podSelector", spec.PodSelector);
        if (spec.PolicyTypes is { } types)
        {
            json.WriteStartArray("policyTypes");
            foreach (var type in types)
            {
                json.WriteStringValue(type.ToString());
            }

            json.WriteEndArray();
        }

        WriteRules(json, "ingress", "from", spec.Ingress);
        WriteRules(json, "egress", "to", spec.Egress);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter json, string name, string peersName, ImmutableArray<NetworkPolicyRule>? rules)
    {
        if (rules is not { } list)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var rule in list)
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
            if (!block.Except.IsEmpty)
            {
                json.WriteStartArray("except");
                foreach (var except in block.Except)
                {
                    json.WriteStringValue(except.Text);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        if (peer.NamespaceSelector is { } namespaces)
        {
            ManifestJson.WriteSelector(json, "namespaceSelector", namespaces);
        }

        if (peer.PodSelector is { } pods)
        {
            ManifestJson.WriteSelector(json, "podSelector", pods);
        }

        json.WriteEndObject();
    }

    private static void WritePort(Utf8JsonWriter json, NetworkPolicyPort port)
    {
        json.WriteStartObject();
        json.WriteString("protocol", port.Protocol.ToString());
        if (port.PortName is { } name)
        {
            json.WriteString("port", name);
        }
        else if (port.Port is { } number)
        {
            json.WriteNumber("port", number);
        }

        if (port.EndPort is { } end)
        {
            json.WriteNumber("endPort", end);
        }

        json.WriteEndObject();
    }
}
