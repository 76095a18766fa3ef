using System.Globalization;
using System.Text.Json;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Waivers;

namespace ComplianceAuditor.Reports.Results;

/// <summary>The "waivers" section: applied (with what they covered), expired, unused.</summary>
internal static class WaiverWriter
{
    public static void Write(Utf8JsonWriter json, WaiverReport report)
    {
        json.WriteStartObject("waivers");
        json.WriteStartArray("applied");
        foreach (var (waiver, findings, flows) in report.Applied)
        {
            json.WriteStartObject();
            WriteWaiver(json, waiver);
            json.WriteNumber("findings", findings);
            json.WriteNumber("flows", flows);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteList(json, "expired", report.Expired);
        WriteList(json, "unused", report.Unused);
        json.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter json, string name, IEnumerable<Waiver> waivers)
    {
        json.WriteStartArray(name);
        foreach (var waiver in waivers)
        {
            json.WriteStartObject();
            WriteWaiver(json, waiver);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteWaiver(Utf8JsonWriter json, Waiver waiver)
    {
        json.WriteString("id", waiver.Id);
        json.WriteString("control", waiver.Control);
        json.WriteString("target", waiver.Target.ToString());
        json.WriteString("justification", waiver.Justification);
        json.WriteString("approver", waiver.Approver);
        json.WriteString("ticket", waiver.Ticket);
        json.WriteString("expires", waiver.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
