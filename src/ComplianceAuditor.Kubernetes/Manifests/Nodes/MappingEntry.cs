namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>One key/value pair of a mapping; keys are always scalars.</summary>
internal readonly record struct MappingEntry(ScalarNode Key, Node Value);
