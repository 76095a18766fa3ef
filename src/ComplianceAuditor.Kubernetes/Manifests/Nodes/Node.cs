namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>A node of a parsed YAML or JSON document, with the 1-based position where it starts.</summary>
internal abstract class Node(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>
    /// Parse errors inside this node (duplicate keys, merge keys, unknown aliases). An object that
    /// contains any is not loaded, because what it means is ambiguous.
    /// </summary>
    public int ErrorCount { get; set; }

    public bool IsNull => this is ScalarNode { Type: ScalarType.Null };

    /// <summary>What the node is, for "expected ..., found ..." messages.</summary>
    public abstract string Description { get; }
}
