using System.Text.Json;
using ComplianceAuditor.Controls.Evaluation;

namespace ComplianceAuditor.Reports.Results;

/// <summary>The "input" section: what was audited, whether it was complete, and what was not evaluated.</summary>
internal static class InputWriter
{
    public static void Write(Utf8JsonWriter json, AuditContext context)
    {
        var snapshot = context.Snapshot;
        json.WriteStartObject("input");
        json.WriteStartArray("sources");
        foreach (var source in snapshot.Sources)
        {
            json.WriteStartObject();
            json.WriteString("apiServer", source.ApiServer);
            json.WriteString("context", source.Context);
            json.WriteString("kubernetesVersion", source.KubernetesVersion);
            json.WriteString("takenAt", ResultsJsonWriter.Time(source.TakenAt));
            json.WriteString("sha256", source.Sha256);
            json.WriteString("file", source.File);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("files");
        foreach (var file in snapshot.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteString("sha256", file.Sha256);
            json.WriteNumber("bytes", file.Bytes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteBoolean("complete", snapshot.IsComplete);
        json.WriteStartArray("gaps");
        foreach (var gap in snapshot.Gaps)
        {
            json.WriteStartObject();
            json.WriteString("resource", gap.Resource);
            json.WriteString("reason", gap.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        ResultsJsonWriter.Strings(json, "unevaluated", snapshot.Unevaluated.Select(o => $"{o.Kind} {o.QualifiedName} ({o.ApiVersion})"));
        json.WriteNumber("peers", context.Inventory.Peers.Length);
        json.WriteNumber("namespaces", context.Inventory.Namespaces.Count);
        json.WriteNumber("policies", context.Policies.Policies.Length);
        WritePolicyInventory(json, snapshot);
        json.WriteEndObject();
    }

    private static void WritePolicyInventory(Utf8JsonWriter json, Engine.Model.ClusterSnapshot snapshot)
    {
        json.WriteStartArray("policyInventory");
        foreach (var policy in PolicyInventory.Of(snapshot))
        {
            json.WriteStartObject();
            json.WriteString("apiVersion", policy.ApiVersion);
            json.WriteString("kind", policy.Kind);
            json.WriteString("namespace", policy.Namespace);
            json.WriteString("name", policy.Name);
            json.WriteString("sha256", policy.Sha256);
            json.WriteEndObject();
            ResultsJsonWriter.FlushIfLarge(json);
        }

        json.WriteEndArray();
    }
}
