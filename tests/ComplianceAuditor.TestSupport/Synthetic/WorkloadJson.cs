using System.Text.Json;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>Writes a workload with its pod template where its kind keeps it (CronJob: under jobTemplate).</summary>
internal static class WorkloadJson
{
    public static void Write(Utf8JsonWriter json, Workload workload)
    {
        var kind = workload.Kind.ToString();
        json.WriteStartObject();
        json.WriteString("apiVersion", ManifestJson.ApiVersion(kind));
        json.WriteString("kind", kind);
        ManifestJson.WriteMetadata(json, workload.Metadata);
        json.WriteStartObject("spec");
        switch (workload.Kind)
        {
            case WorkloadKind.CronJob:
                json.WriteString("schedule", "0 * * * *");
                json.WriteStartObject("jobTemplate");
                json.WriteStartObject("spec");
                WriteTemplate(json, workload);
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            case WorkloadKind.Job:
                json.WriteNumber("backoffLimit", 6);
                WriteTemplate(json, workload);
                break;
            case WorkloadKind.ReplicationController:
                // A ReplicationController's selector is a plain map, not a LabelSelector.
                ManifestJson.WriteMap(json, "selector", workload.Metadata.Labels);
                WriteTemplate(json, workload);
                break;
            default:
                json.WriteStartObject("selector");
                ManifestJson.WriteMap(json, "matchLabels", workload.Metadata.Labels);
                json.WriteEndObject();
                WriteTemplate(json, workload);
                break;
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteTemplate(Utf8JsonWriter json, Workload workload)
    {
        var template = workload.Template;
        json.WriteStartObject("template");
        json.WriteStartObject("metadata");
        if (template.Labels.Count > 0)
        {
            ManifestJson.WriteMap(json, "labels", template.Labels);
        }

        json.WriteEndObject();
        json.WriteStartObject("spec");
        ManifestJson.WritePodSpecBody(json, ManifestJson.ContainerName(template.Labels, workload.Metadata.Name), template.ContainerPorts, template.HostNetwork);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
