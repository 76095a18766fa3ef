namespace ComplianceAuditor.Engine.Model;

/// <summary>A v1 Namespace object as read from the input.</summary>
public sealed record NamespaceObject(ObjectMeta Metadata);
