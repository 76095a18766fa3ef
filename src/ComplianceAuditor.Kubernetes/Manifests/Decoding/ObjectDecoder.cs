using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Decodes one object of a read kind. An object with any error, including parse errors inside it,
/// is left out of the snapshot, and a warning says so (naming the object, which parse errors
/// cannot): never a partial object. It is a warning so that error counts count real problems.
/// </summary>
internal static class ObjectDecoder
{
    public static DecodedObject? Decode(FieldReader reader, MappingNode obj, ReadKind kind)
    {
        var metadata = MetadataDecoder.Read(reader, obj, kind.Name, kind.IsClusterScoped);
        object? value = kind switch
        {
            { Workload: { } workload } => WorkloadDecoder.Read(reader, obj, metadata, workload),
            { Name: "Namespace" } => new NamespaceObject(metadata),
            { Name: "Pod" } => PodDecoder.Read(reader, obj, metadata),
            _ => NetworkPolicyDecoder.Read(reader, obj, metadata),
        };

        var errors = reader.ErrorCount + obj.ErrorCount;
        if (errors == 0 && value is not null)
        {
            return new DecodedObject(kind.Name, metadata, value, reader.ObjectRef!);
        }

        var count = errors == 1 ? "1 error" : $"{errors} errors";
        reader.Warning(obj, $"left out of the snapshot because of {count} in this object");
        return null;
    }
}
