using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>A valid object ready for the snapshot: a NamespaceObject, Pod, Workload or NetworkPolicy.</summary>
internal sealed record DecodedObject(string Kind, ObjectMeta Metadata, object Value, string ObjectRef);
