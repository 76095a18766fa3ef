using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// Object metadata with everything the API server adds (uid, resourceVersion, creationTimestamp,
/// managedFields) and the kubectl last-applied annotation, derived from the name so output is stable.
/// Empty labels are left out, as the API server omits empty fields.
/// </summary>
internal static class FakeMetadata
{
    public const string CreationTimestamp = "2024-05-01T10:00:00Z";

    public static JsonObject Build(string apiVersion, string kind, string? @namespace, string name, IReadOnlyDictionary<string, string>? labels, JsonObject? appliedSpec)
    {
        var key = @namespace is null ? name : $"{@namespace}/{name}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{key}"));
        var metadata = new JsonObject { ["name"] = name };
        if (@namespace is not null)
        {
            metadata["namespace"] = @namespace;
        }

        metadata["uid"] = new Guid(hash.AsSpan(0, 16)).ToString();
        metadata["resourceVersion"] = (BitConverter.ToUInt32(hash, 16) % 9_000_000 + 1_000_000).ToString(CultureInfo.InvariantCulture);
        if (apiVersion != "v1")
        {
            // Core kinds listed here (pods, namespaces) have no generation in 1.31; the others start at 1.
            metadata["generation"] = 1;
        }

        metadata["creationTimestamp"] = CreationTimestamp;
        if (labels is { Count: > 0 })
        {
            metadata["labels"] = Labels(labels);
        }

        metadata["annotations"] = new JsonObject
        {
            ["kubectl.kubernetes.io/last-applied-configuration"] = LastApplied(apiVersion, kind, @namespace, name, labels, appliedSpec),
        };
        metadata["managedFields"] = new JsonArray(ManagedFields(apiVersion, labels));
        return metadata;
    }

    /// <summary>Sorted by key, as Go writes maps.</summary>
    private static JsonObject Labels(IReadOnlyDictionary<string, string> labels)
    {
        var result = new JsonObject();
        foreach (var (key, value) in labels.OrderBy(label => label.Key, StringComparer.Ordinal))
        {
            result[key] = value;
        }

        return result;
    }

    /// <summary>What kubectl stores: the manifest as applied, compact JSON, with a trailing newline.</summary>
    private static string LastApplied(string apiVersion, string kind, string? @namespace, string name, IReadOnlyDictionary<string, string>? labels, JsonObject? appliedSpec)
    {
        var metadata = new JsonObject();
        if (labels is { Count: > 0 })
        {
            metadata["labels"] = Labels(labels);
        }

        metadata["name"] = name;
        if (@namespace is not null)
        {
            metadata["namespace"] = @namespace;
        }

        var manifest = new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind, ["metadata"] = metadata };
        if (appliedSpec is not null)
        {
            manifest["spec"] = appliedSpec.DeepClone();
        }

        return manifest.ToJsonString(ApiJson.Options) + "\n";
    }

    private static JsonObject ManagedFields(string apiVersion, IReadOnlyDictionary<string, string>? labels)
    {
        var metadataFields = new JsonObject
        {
            ["f:annotations"] = new JsonObject { ["."] = new JsonObject(), ["f:kubectl.kubernetes.io/last-applied-configuration"] = new JsonObject() },
        };
        if (labels is { Count: > 0 })
        {
            var labelFields = new JsonObject { ["."] = new JsonObject() };
            foreach (var key in labels.Keys.Order(StringComparer.Ordinal))
            {
                labelFields[$"f:{key}"] = new JsonObject();
            }

            metadataFields["f:labels"] = labelFields;
        }

        return new JsonObject
        {
            ["manager"] = "kubectl-client-side-apply",
            ["operation"] = "Update",
            ["apiVersion"] = apiVersion,
            ["time"] = CreationTimestamp,
            ["fieldsType"] = "FieldsV1",
            ["fieldsV1"] = new JsonObject
            {
                ["f:metadata"] = metadataFields,
                ["f:spec"] = new JsonObject(),
            },
        };
    }
}
