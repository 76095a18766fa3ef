using System.Text.Json;
using ComplianceAuditor.Engine.Explain;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Reports.Connectivity;

namespace ComplianceAuditor.Reports.Explain;

/// <summary>Writes an explanation as JSON for machines (fields are listed in the README).</summary>
public static class ExplainJsonWriter
{
    public static void Write(Stream output, ExplainReport report)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        var verdict = report.Verdict;
        json.WriteStartObject();
        WriteEndpoint(json, "source", verdict.Source);
        WriteEndpoint(json, "destination", verdict.Destination);
        json.WriteStartObject("query");
        WriteNullable(json, "protocol", report.Protocol?.ToString() ?? (report.Port is null ? null : "TCP"));
        if (report.Port is { } port)
        {
            json.WriteNumber("port", port);
        }
        else
        {
            json.WriteNull("port");
        }

        json.WriteEndObject();
        json.WriteBoolean("allowed", report.IsAllowed);
        ReachJsonWriter.WriteProtocols(json, "allowedPorts", report.AllowedInScope);
        WriteDirection(json, "egress", verdict.Egress, report);
        WriteDirection(json, "ingress", verdict.Ingress, report);
        json.WriteStartArray("notes");
        foreach (var note in report.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEndpoint(Utf8JsonWriter json, string name, Endpoint endpoint)
    {
        json.WriteStartObject(name);
        json.WriteString("name", endpoint.ToString());
        json.WriteString("kind", EndpointText.Kind(endpoint));
        json.WriteStartArray("ips");
        var addresses = endpoint switch
        {
            PeerEndpoint peer => peer.Peer.IPs.Select(ip => ip.ToString()),
            AddressEndpoint address => [address.Address.ToString()],
            _ => [],
        };
        foreach (var address in addresses)
        {
            json.WriteStringValue(address);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDirection(Utf8JsonWriter json, string name, DirectionVerdict? verdict, ExplainReport report)
    {
        json.WriteStartObject(name);
        json.WriteBoolean("governed", verdict is not null);
        json.WriteBoolean("isolated", verdict?.Isolated ?? false);
        json.WriteStartArray("isolatingPolicies");
        foreach (var policy in verdict?.IsolatingPolicies ?? [])
        {
            json.WriteStringValue(policy.QualifiedName);
        }

        json.WriteEndArray();
        json.WriteStartArray("rules");
        foreach (var match in verdict?.Matches ?? [])
        {
            WriteRule(json, match, report);
        }

        json.WriteEndArray();
        ReachJsonWriter.WriteProtocols(json, "allowedPorts", report.Scope(verdict?.Allowed ?? Engine.Ports.ProtocolPortSet.All));
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleMatch match, ExplainReport report)
    {
        json.WriteStartObject();
        json.WriteString("policy", match.Rule.Policy.QualifiedName);
        json.WriteString("rule", match.Rule.Path);
        if (match.PeerIndex >= 0)
        {
            json.WriteNumber("peerIndex", match.PeerIndex);
        }
        else
        {
            json.WriteNull("peerIndex");
        }

        json.WriteString("peer", RuleText.PeerText(match));
        json.WriteString("ports", RuleText.PortsText(match));
        ReachJsonWriter.WriteProtocols(json, "allows", match.Ports);
        json.WriteBoolean("matchesQuery", !report.Scope(match.Ports).IsEmpty);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
