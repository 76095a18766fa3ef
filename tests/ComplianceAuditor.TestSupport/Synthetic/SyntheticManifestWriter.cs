using System.Text.Json;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// Writes a snapshot as one <c>kind: List</c> JSON document shaped like <c>kubectl get -o json</c>
/// output (apiVersion, kind, metadata, spec, status), so the CLI can be run on generated clusters.
/// Streams through <see cref="Utf8JsonWriter"/>: a 150k-pod cluster is written without building a DOM.
/// </summary>
public static class SyntheticManifestWriter
{
    public static void WriteFile(ClusterSnapshot snapshot, string path, bool indented = false)
    {
        using var stream = File.Create(path);
        Write(snapshot, stream, indented);
    }

    public static void Write(ClusterSnapshot snapshot, Stream stream, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, SkipValidation = false });
        json.WriteStartObject();
        json.WriteString("apiVersion", "v1");
        json.WriteString("kind", "List");
        json.WriteStartObject("metadata");
        json.WriteString("resourceVersion", "");
        json.WriteEndObject();
        json.WriteStartArray("items");
        foreach (var ns in snapshot.Namespaces)
        {
            WriteNamespace(json, ns);
        }

        foreach (var workload in snapshot.Workloads)
        {
            WorkloadJson.Write(json, workload);
        }

        foreach (var pod in snapshot.Pods)
        {
            WritePod(json, pod);
        }

        foreach (var policy in snapshot.NetworkPolicies)
        {
            PolicyJson.Write(json, policy);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNamespace(Utf8JsonWriter json, NamespaceObject ns)
    {
        json.WriteStartObject();
        json.WriteString("apiVersion", "v1");
        json.WriteString("kind", "Namespace");
        ManifestJson.WriteMetadata(json, ns.Metadata);
        json.WriteStartObject("spec");
        json.WriteStartArray("finalizers");
        json.WriteStringValue("kubernetes");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("status");
        json.WriteString("phase", "Active");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePod(Utf8JsonWriter json, Pod pod)
    {
        json.WriteStartObject();
        json.WriteString("apiVersion", "v1");
        json.WriteString("kind", "Pod");
        ManifestJson.WriteMetadata(json, pod.Metadata);
        json.WriteStartObject("spec");
        if (pod.NodeName is not null)
        {
            json.WriteString("nodeName", pod.NodeName);
        }

        ManifestJson.WritePodSpecBody(json, ManifestJson.ContainerName(pod.Metadata.Labels, pod.Metadata.Name), pod.ContainerPorts, pod.HostNetwork);
        json.WriteEndObject();
        json.WriteStartObject("status");
        if (pod.Phase is not null)
        {
            json.WriteString("phase", pod.Phase);
        }

        if (!pod.PodIPs.IsEmpty)
        {
            json.WriteString("podIP", pod.PodIPs[0].ToString());
            json.WriteStartArray("podIPs");
            foreach (var ip in pod.PodIPs)
            {
                json.WriteStartObject();
                json.WriteString("ip", ip.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
