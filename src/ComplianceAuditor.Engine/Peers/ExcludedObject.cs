using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Engine.Peers;

/// <summary>A pod or workload that makes no peer of its own, and why; evidence shows these.</summary>
public sealed record ExcludedObject(string Kind, string QualifiedName, string Reason, SourceLocation? Source);
