using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// The SHA-256 of a policy object's spec as written, in a canonical form: every member but
/// apiVersion, kind, metadata and status (so Cilium's <c>specs</c> counts too), mapping keys in
/// ordinal order, scalars by their resolved type. Key order, resourceVersion, managedFields and
/// annotations never change it; YAML and JSON of the same object give the same hash.
/// </summary>
internal static class SpecHash
{
    private static readonly HashSet<string> NotSpec = new(StringComparer.Ordinal) { "apiVersion", "kind", "metadata", "status" };

    public static string Of(MappingNode objectNode)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var entry in objectNode.Entries.Where(e => !NotSpec.Contains(e.Key.Text)).OrderBy(e => e.Key.Text, StringComparer.Ordinal))
            {
                json.WritePropertyName(entry.Key.Text);
                Write(json, entry.Value);
            }

            json.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void Write(Utf8JsonWriter json, Node node)
    {
        switch (node)
        {
            case MappingNode map:
                json.WriteStartObject();
                foreach (var entry in map.Entries.OrderBy(e => e.Key.Text, StringComparer.Ordinal))
                {
                    json.WritePropertyName(entry.Key.Text);
                    Write(json, entry.Value);
                }

                json.WriteEndObject();
                break;
            case SequenceNode sequence:
                json.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            case ScalarNode scalar:
                WriteScalar(json, scalar);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter json, ScalarNode scalar)
    {
        switch (scalar.Type)
        {
            case ScalarType.Null:
                json.WriteNullValue();
                break;
            case ScalarType.Bool:
                json.WriteBooleanValue(scalar.BoolValue);
                break;
            case ScalarType.Int when scalar.TryGetInt64(out var value):
                json.WriteNumberValue(value);
                break;
            case ScalarType.Float when double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            default:
                json.WriteStringValue(scalar.Text);
                break;
        }
    }
}
