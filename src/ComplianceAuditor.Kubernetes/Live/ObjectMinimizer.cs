using System.Buffers;
using System.Globalization;
using System.Text.Json;
using ComplianceAuditor.Engine.Model;
using k8s;
using k8s.Models;

namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>
/// Writes each listed object as compact JSON holding only what the analysis and an auditor need:
/// metadata (name, namespace, uid, labels, allow-listed annotations, ownerReferences,
/// creationTimestamp); for pods, phase, IPs, hostNetwork, nodeName and container names and
/// ports; for policies, the whole spec. Env values, commands, args, volumes, managedFields and
/// every other annotation never leave this class.
/// </summary>
internal static class ObjectMinimizer
{
    public static byte[] Namespace(V1Namespace item) => Write(json =>
    {
        Header(json, "v1", "Namespace");
        Metadata(json, item.Metadata, namespaced: false);
    });

    public static byte[] Pod(V1Pod item) => Write(json =>
    {
        Header(json, "v1", "Pod");
        Metadata(json, item.Metadata, namespaced: true);
        PodSpec(json, item.Spec);
        PodStatus(json, item.Status);
    });

    public static byte[] NetworkPolicy(V1NetworkPolicy item) => Write(json =>
    {
        Header(json, "networking.k8s.io/v1", "NetworkPolicy");
        Metadata(json, item.Metadata, namespaced: true);
        if (item.Spec is not null)
        {
            json.WritePropertyName("spec");
            using var spec = JsonDocument.Parse(KubernetesJson.Serialize(item.Spec));
            spec.RootElement.WriteTo(json);
        }
    });

    /// <summary>A custom object (AdminNetworkPolicy...): metadata minimized, spec (and Cilium's specs) kept whole.</summary>
    public static byte[] Custom(JsonElement item, string apiVersion, string kind) => Write(json =>
    {
        Header(json, apiVersion, item.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : kind);
        var metadata = item.TryGetProperty("metadata", out var m) ? KubernetesJson.Deserialize<V1ObjectMeta>(m.GetRawText()) : null;
        Metadata(json, metadata, namespaced: metadata?.NamespaceProperty is not null);
        // Cilium policies may hold a list of rules in `specs` instead of (or beside) `spec`.
        foreach (var member in (string[])["spec", "specs"])
        {
            if (item.TryGetProperty(member, out var spec))
            {
                json.WritePropertyName(member);
                spec.WriteTo(json);
            }
        }
    });

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Header(Utf8JsonWriter json, string apiVersion, string kind)
    {
        json.WriteString("apiVersion", apiVersion);
        json.WriteString("kind", kind);
    }

    private static void Metadata(Utf8JsonWriter json, V1ObjectMeta? metadata, bool namespaced)
    {
        json.WriteStartObject("metadata");
        json.WriteString("name", metadata?.Name);
        if (namespaced && metadata?.NamespaceProperty is { } ns)
        {
            json.WriteString("namespace", ns);
        }

        Optional(json, "uid", metadata?.Uid);
        if (metadata?.CreationTimestamp is { } created)
        {
            json.WriteString("creationTimestamp", DateTime.SpecifyKind(created, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        StringMap(json, "labels", metadata?.Labels);
        StringMap(json, "annotations", metadata?.Annotations?.Where(a => AnnotationAllowList.Allows(a.Key)));
        OwnerReferences(json, metadata?.OwnerReferences);
        json.WriteEndObject();
    }

    private static void OwnerReferences(Utf8JsonWriter json, IList<V1OwnerReference>? owners)
    {
        if (owners is not { Count: > 0 })
        {
            return;
        }

        json.WriteStartArray("ownerReferences");
        foreach (var owner in owners)
        {
            json.WriteStartObject();
            Optional(json, "apiVersion", owner.ApiVersion);
            Optional(json, "kind", owner.Kind);
            Optional(json, "name", owner.Name);
            Optional(json, "uid", owner.Uid);
            if (owner.Controller is { } controller)
            {
                json.WriteBoolean("controller", controller);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void PodSpec(Utf8JsonWriter json, V1PodSpec? spec)
    {
        json.WriteStartObject("spec");
        Optional(json, "nodeName", spec?.NodeName);
        if (spec?.HostNetwork is true)
        {
            json.WriteBoolean("hostNetwork", true);
        }

        json.WriteStartArray("containers");
        foreach (var container in spec?.Containers ?? [])
        {
            json.WriteStartObject();
            json.WriteString("name", container.Name);
            if (container.Ports is { Count: > 0 } ports)
            {
                json.WriteStartArray("ports");
                foreach (var port in ports)
                {
                    json.WriteStartObject();
                    Optional(json, "name", port.Name);
                    json.WriteNumber("containerPort", port.ContainerPort);
                    Optional(json, "protocol", port.Protocol);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void PodStatus(Utf8JsonWriter json, V1PodStatus? status)
    {
        json.WriteStartObject("status");
        Optional(json, "phase", status?.Phase);
        Optional(json, "podIP", status?.PodIP);
        if (status?.PodIPs is { Count: > 0 } ips)
        {
            json.WriteStartArray("podIPs");
            foreach (var ip in ips)
            {
                json.WriteStartObject();
                json.WriteString("ip", ip.Ip);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void StringMap(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, string>>? map)
    {
        var entries = map?.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        if (entries is not { Count: > 0 })
        {
            return;
        }

        json.WriteStartObject(name);
        foreach (var (key, value) in entries)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
