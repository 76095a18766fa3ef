using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Reads metadata: name, namespace (default "default"), uid, labels, allow-listed annotations,
/// creationTimestamp and ownerReferences.
/// </summary>
internal static class MetadataDecoder
{
    public const string DefaultNamespace = "default";

    private static readonly FieldPath MetadataPath = FieldPath.Root.Field("metadata");

    public static ObjectMeta Read(FieldReader reader, MappingNode obj, string kind, bool clusterScoped)
    {
        reader.ObjectRef = ObjectRefs.Format(kind, null, null);
        var metadata = reader.Mapping(obj, "metadata", FieldPath.Root);
        var name = reader.String(metadata, "name", MetadataPath) ?? string.Empty;
        var namespaceName = clusterScoped ? string.Empty : ReadNamespace(reader, metadata);

        // Name and namespace come first so that every later diagnostic names the object.
        reader.ObjectRef = ObjectRefs.Format(kind, namespaceName, name);
        CheckName(reader, obj, metadata, name, clusterScoped);
        if (!clusterScoped && FieldReader.Get(metadata, "namespace") is { } namespaceNode
            && NameRules.CheckNamespaceName(namespaceName) is { } namespaceError)
        {
            reader.Error(namespaceNode, MetadataPath.Field("namespace"), namespaceError);
        }

        return new ObjectMeta
        {
            Name = name,
            Namespace = namespaceName,
            Uid = reader.String(metadata, "uid", MetadataPath) is { Length: > 0 } uid ? uid : null,
            Labels = LabelDecoder.Read(reader, metadata, "labels", MetadataPath),
            Annotations = AnnotationDecoder.Read(reader, metadata, MetadataPath),
            CreationTimestamp = AnnotationDecoder.ReadTimestamp(reader, metadata, MetadataPath),
            OwnerReferences = reader.List(metadata, "ownerReferences", MetadataPath, ReadOwnerReference) is { } owners
                ? [.. owners.OfType<OwnerReference>()]
                : [],
            Source = reader.Locate(obj),
        };
    }

    private static string ReadNamespace(FieldReader reader, MappingNode? metadata) =>
        reader.String(metadata, "namespace", MetadataPath) is { Length: > 0 } given ? given : DefaultNamespace;

    private static void CheckName(FieldReader reader, MappingNode obj, MappingNode? metadata, string name, bool clusterScoped)
    {
        if (metadata is null && FieldReader.Get(obj, "metadata") is not null)
        {
            // metadata is not a mapping, which is reported already.
            return;
        }

        if (FieldReader.Get(metadata, "name") is not { } nameNode)
        {
            var reason = FieldReader.Get(metadata, "generateName") is null
                ? "metadata.name is required"
                : "metadata.name is required (generateName is not supported: the object has no name until the API server creates it)";
            reader.Error(metadata ?? obj, MetadataPath.Field("name"), reason);
            return;
        }

        if (name.Length == 0)
        {
            // Either the empty string or a non-string value, which AsString has reported.
            if (nameNode is ScalarNode { Type: ScalarType.String })
            {
                reader.Error(nameNode, MetadataPath.Field("name"), "metadata.name is required; found the empty string");
            }

            return;
        }

        // The one cluster-scoped kind read is Namespace, whose names are RFC 1123 labels.
        var error = clusterScoped ? NameRules.CheckNamespaceName(name, "name") : NameRules.CheckObjectName(name);
        if (error is not null)
        {
            reader.Error(nameNode, MetadataPath.Field("name"), error);
        }
    }

    private static OwnerReference? ReadOwnerReference(FieldReader reader, Node item, FieldPath path)
    {
        if (reader.ItemMapping(item, path) is not { } map)
        {
            return null;
        }

        var kind = Required(reader, map, "kind", path);
        var name = Required(reader, map, "name", path);
        var uid = reader.String(map, "uid", path);
        return kind is null || name is null ? null : new OwnerReference(kind, name, string.IsNullOrEmpty(uid) ? null : uid);
    }

    private static string? Required(FieldReader reader, MappingNode map, string field, FieldPath path)
    {
        var value = reader.String(map, field, path);
        if (value is { Length: > 0 })
        {
            return value;
        }

        if (value is not null || FieldReader.Get(map, field) is null)
        {
            reader.Error(FieldReader.Get(map, field) ?? map, path.Field(field), $"{field} is required");
        }

        return null;
    }
}
