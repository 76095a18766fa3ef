using System.Collections.Immutable;
using System.Text.Json;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>The JSON pieces pods, workloads and policies share: metadata, label maps, selectors, pod specs.</summary>
internal static class ManifestJson
{
    public static void WriteMetadata(Utf8JsonWriter json, ObjectMeta metadata)
    {
        json.WriteStartObject("metadata");
        json.WriteString("name", metadata.Name);
        if (metadata.Namespace.Length > 0)
        {
            json.WriteString("namespace", metadata.Namespace);
        }

        if (metadata.Uid is not null)
        {
            json.WriteString("uid", metadata.Uid);
        }

        if (metadata.Labels.Count > 0)
        {
            WriteMap(json, "labels", metadata.Labels);
        }

        if (!metadata.OwnerReferences.IsEmpty)
        {
            json.WriteStartArray("ownerReferences");
            foreach (var owner in metadata.OwnerReferences)
            {
                json.WriteStartObject();
                json.WriteString("apiVersion", ApiVersion(owner.Kind));
                json.WriteString("kind", owner.Kind);
                json.WriteString("name", owner.Name);
                if (owner.Uid is not null)
                {
                    json.WriteString("uid", owner.Uid);
                }

                json.WriteBoolean("controller", true);
                json.WriteBoolean("blockOwnerDeletion", true);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    public static void WriteMap(Utf8JsonWriter json, string name, LabelSet labels)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in labels)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    /// <summary>A metav1.LabelSelector; the empty selector is written as <c>{}</c>.</summary>
    public static void WriteSelector(Utf8JsonWriter json, string name, LabelSelector selector)
    {
        json.WriteStartObject(name);
        if (selector.MatchLabels.Count > 0)
        {
            WriteMap(json, "matchLabels", selector.MatchLabels);
        }

        if (!selector.MatchExpressions.IsEmpty)
        {
            json.WriteStartArray("matchExpressions");
            foreach (var requirement in selector.MatchExpressions)
            {
                json.WriteStartObject();
                json.WriteString("key", requirement.Key);
                json.WriteString("operator", requirement.Operator.ToString());
                if (requirement.Operator is LabelSelectorOperator.In or LabelSelectorOperator.NotIn)
                {
                    json.WriteStartArray("values");
                    foreach (var value in requirement.Values)
                    {
                        json.WriteStringValue(value);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>The containers (one, carrying every port) and hostNetwork of a pod spec, inside an open spec object.</summary>
    public static void WritePodSpecBody(Utf8JsonWriter json, string containerName, ImmutableArray<ContainerPort> ports, bool hostNetwork)
    {
        if (hostNetwork)
        {
            json.WriteBoolean("hostNetwork", true);
        }

        json.WriteStartArray("containers");
        json.WriteStartObject();
        json.WriteString("name", containerName);
        json.WriteString("image", $"registry.example.com/{containerName}:1.0.0");
        if (!ports.IsEmpty)
        {
            json.WriteStartArray("ports");
            foreach (var port in ports)
            {
                json.WriteStartObject();
                if (port.Name is not null)
                {
                    json.WriteString("name", port.Name);
                }

                json.WriteNumber("containerPort", port.Port);
                json.WriteString("protocol", port.Protocol.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>The container is named after the app label when there is one, as charts usually do.</summary>
    public static string ContainerName(LabelSet labels, string fallback) =>
        labels.TryGetValue("app", out var app) ? app
        : labels.TryGetValue("app.kubernetes.io/name", out var name) ? name
        : labels.TryGetValue("k8s-app", out var k8sApp) ? k8sApp
        : fallback;

    public static string ApiVersion(string kind) => kind switch
    {
        "Deployment" or "ReplicaSet" or "StatefulSet" or "DaemonSet" => "apps/v1",
        "Job" or "CronJob" => "batch/v1",
        _ => "v1",
    };
}
