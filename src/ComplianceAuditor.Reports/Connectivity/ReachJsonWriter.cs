using System.Text.Json;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Engine.Reachability;

namespace ComplianceAuditor.Reports.Connectivity;

/// <summary>
/// Writes <c>reach --format json</c> exactly as shared/reach-format.md defines it: every peer, then
/// every connection with at least one allowed port, sorted ordinally, protocols in TCP, UDP, SCTP
/// order with empty ones left out.
/// </summary>
public static class ReachJsonWriter
{
    private const int FlushThreshold = 1 << 16;

    public static void Write(Stream output, PeerInventory inventory, IEnumerable<Connection> connections)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("peers");
        foreach (var peer in inventory.Peers)
        {
            json.WriteStringValue(peer.DisplayName);
        }

        json.WriteEndArray();
        json.WriteStartArray("connections");
        foreach (var connection in connections)
        {
            WriteConnection(json, connection);

            // The writer buffers everything until flushed; output can be gigabytes.
            if (json.BytesPending > FlushThreshold)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteProtocols(Utf8JsonWriter json, string propertyName, ProtocolPortSet ports)
    {
        json.WriteStartObject(propertyName);
        foreach (var protocol in ProtocolPortSet.Protocols)
        {
            if (!ports[protocol].IsEmpty)
            {
                json.WriteString(protocol.ToString(), ports[protocol].ToString());
            }
        }

        json.WriteEndObject();
    }

    private static void WriteConnection(Utf8JsonWriter json, Connection connection)
    {
        json.WriteStartObject();
        json.WriteString("src", connection.Source);
        json.WriteString("dst", connection.Destination);
        WriteProtocols(json, "protocols", connection.Ports);
        json.WriteEndObject();
    }
}
