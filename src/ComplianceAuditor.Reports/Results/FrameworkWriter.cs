using System.Text.Json;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Reports.Connectivity;

namespace ComplianceAuditor.Reports.Results;

/// <summary>One framework of results.json: its controls, their checks and findings with evidence.</summary>
internal static class FrameworkWriter
{
    public static void Write(Utf8JsonWriter json, FrameworkResult framework)
    {
        json.WriteStartObject();
        json.WriteString("id", framework.Framework.Id);
        json.WriteString("name", framework.Framework.Name);
        json.WriteString("version", framework.Framework.Version);
        json.WriteString("source", framework.Framework.Source);
        json.WriteStartObject("catalog");
        json.WriteString("file", framework.Catalog.File);
        json.WriteString("sha256", framework.Catalog.Sha256);
        json.WriteEndObject();
        ResultsJsonWriter.Score(json, framework.Score);
        json.WriteString("status", ResultsSchema.Status(framework.Status));
        json.WriteStartArray("controls");
        foreach (var control in framework.Controls)
        {
            WriteControl(json, control);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteControl(Utf8JsonWriter json, ControlResult control)
    {
        var c = control.Control;
        json.WriteStartObject();
        json.WriteString("id", c.Id);
        json.WriteString("title", c.Title);
        json.WriteString("severity", c.Severity.ToString().ToLowerInvariant());
        json.WriteString("status", ResultsSchema.Status(control.Status));
        ResultsJsonWriter.Score(json, control.Score);
        json.WriteString("description", c.Description);
        json.WriteString("rationale", c.Rationale);
        json.WriteString("remediation", c.Remediation);
        json.WriteStartArray("checks");
        foreach (var check in control.Checks)
        {
            json.WriteStartObject();
            json.WriteString("type", check.Type);
            json.WriteString("status", ResultsSchema.Status(check.Status));
            json.WriteStartArray("findings");
            foreach (var finding in check.Findings)
            {
                WriteFinding(json, finding);
                ResultsJsonWriter.FlushIfLarge(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("status", ResultsSchema.Status(finding.Status));
        json.WriteString("subject", finding.Subject);
        json.WriteString("namespace", finding.Namespace);
        json.WriteString("policy", finding.Policy);
        json.WriteString("message", finding.Message);
        json.WriteStartObject("evidence");
        WriteFlows(json, "flows", finding.Evidence.Flows);
        WriteFlows(json, "waivedFlows", finding.Evidence.WaivedFlows);
        ResultsJsonWriter.Strings(json, "pods", finding.Evidence.Pods.Take(Evidence.ShownItems));
        ResultsJsonWriter.Strings(json, "policies", finding.Evidence.Policies.Take(Evidence.ShownItems));
        ResultsJsonWriter.Strings(json, "objects", finding.Evidence.Objects.Take(Evidence.ShownItems));
        json.WriteNumber("total", finding.Evidence.Total);
        json.WriteEndObject();
        json.WriteString("waivedBy", finding.WaivedBy);
        json.WriteEndObject();
    }

    private static void WriteFlows(Utf8JsonWriter json, string name, IEnumerable<FlowEvidence> flows)
    {
        json.WriteStartArray(name);
        foreach (var flow in flows.Take(Evidence.ShownItems))
        {
            json.WriteStartObject();
            json.WriteString("src", flow.Source);
            json.WriteString("dst", flow.Destination);
            json.WriteString("ports", flow.Ports.ToString());
            ReachJsonWriter.WriteProtocols(json, "protocols", flow.Ports);
            ResultsJsonWriter.Strings(json, "allowedBy", flow.AllowedBy);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
