using System.Globalization;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Reads metadata.annotations and metadata.creationTimestamp. Only allow-listed annotations are
/// kept (see <see cref="AnnotationAllowList"/>); every value must still be a string, as the API
/// server requires, so a malformed object is not half-read.
/// </summary>
internal static class AnnotationDecoder
{
    public static LabelSet Read(FieldReader reader, MappingNode? metadata, FieldPath metadataPath)
    {
        if (reader.Mapping(metadata, "annotations", metadataPath) is not { Count: > 0 } map)
        {
            return LabelSet.Empty;
        }

        var path = metadataPath.Field("annotations");
        var kept = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in map.Entries)
        {
            var text = value.IsNull ? string.Empty : reader.AsString(value, path.Field(key.Text));
            if (text is not null && AnnotationAllowList.Allows(key.Text))
            {
                kept.Add(KeyValuePair.Create(key.Text, text));
            }
        }

        return LabelSet.From(kept);
    }

    public static DateTimeOffset? ReadTimestamp(FieldReader reader, MappingNode? metadata, FieldPath metadataPath)
    {
        if (FieldReader.Get(metadata, "creationTimestamp") is not { } node || reader.AsString(node, metadataPath.Field("creationTimestamp")) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            && text.Contains('T', StringComparison.Ordinal))
        {
            return value;
        }

        reader.Error(node, metadataPath.Field("creationTimestamp"), $"expected an RFC 3339 time such as 2026-11-28T10:00:00Z, found '{text}'");
        return null;
    }
}
