using System.Text.Json;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Reports.Results;

/// <summary>Writes results.json (schema in controls/README.md and controls/schema/results.schema.json).</summary>
public static class ResultsJsonWriter
{
    public static void Write(Stream output, AuditResult result, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("schemaVersion", ResultsSchema.Version);
        json.WriteStartObject("tool");
        json.WriteString("name", "compliance-auditor");
        json.WriteString("version", toolVersion);
        json.WriteEndObject();
        json.WriteString("auditedAt", Time(result.AuditedAt));
        InputWriter.Write(json, result.Context);
        WriteScope(json, result.Context.Zones);
        json.WriteStartArray("frameworks");
        foreach (var framework in result.Frameworks)
        {
            FrameworkWriter.Write(json, framework);
        }

        json.WriteEndArray();
        WriteNamespaces(json, result);
        WaiverWriter.Write(json, result.Waivers);
        json.WriteEndObject();
    }

    /// <summary>
    /// Hands what is written so far to the stream. Utf8JsonWriter otherwise buffers the whole
    /// document until it is disposed: hundreds of megabytes, twice over while its buffer grows, on a
    /// large cluster.
    /// </summary>
    internal static void FlushIfLarge(Utf8JsonWriter json)
    {
        if (json.BytesPending > 1 << 16)
        {
            json.Flush();
        }
    }

    internal static string Time(DateTimeOffset time) => UtcTime.Text(time);

    internal static void Score(Utf8JsonWriter json, double? score)
    {
        if (score is { } value)
        {
            json.WriteNumber("score", value);
        }
        else
        {
            json.WriteNull("score");
        }
    }

    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteScope(Utf8JsonWriter json, ZoneMembership zones)
    {
        json.WriteStartObject("scope");
        json.WriteString("origin", zones.Scope.Origin);
        json.WriteStartArray("zones");
        foreach (var zone in zones.Scope.Zones)
        {
            json.WriteStartObject();
            json.WriteString("name", zone.Name);
            json.WriteString("kind", zone.Kind == ZoneKind.Address ? "address" : "workload");
            if (zone.Kind == ZoneKind.Address)
            {
                Strings(json, "cidrs", zone.Cidrs.Select(c => c.Text));
            }
            else
            {
                Strings(json, "namespaces", zones.NamespacesIn([zone.Name]));
                json.WriteNumber("peers", zones.PeerCount(zone.Name));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "unzonedNamespaces", zones.UnzonedNamespaces);
        json.WriteEndObject();
    }

    private static void WriteNamespaces(Utf8JsonWriter json, AuditResult result)
    {
        json.WriteStartArray("namespaces");
        foreach (var ns in result.Namespaces)
        {
            json.WriteStartObject();
            json.WriteString("name", ns.Name);
            Strings(json, "zones", ns.Zones);
            Score(json, ns.Score);
            json.WriteNumber("pass", ns.Pass);
            json.WriteNumber("fail", ns.Fail);
            json.WriteNumber("notEvaluated", ns.NotEvaluated);
            json.WriteNumber("waived", ns.Waived);
            json.WriteEndObject();
            FlushIfLarge(json);
        }

        json.WriteEndArray();
    }
}
