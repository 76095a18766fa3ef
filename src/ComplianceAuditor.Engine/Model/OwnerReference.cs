namespace ComplianceAuditor.Engine.Model;

/// <summary>A metadata.ownerReferences entry: the owner's kind, name and (when recorded) uid.</summary>
public sealed record OwnerReference(string Kind, string Name, string? Uid);
