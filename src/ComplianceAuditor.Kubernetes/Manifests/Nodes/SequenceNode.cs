namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>
/// A sequence. When <see cref="IsStreamed"/>, it is the <c>items</c> of a document's root mapping
/// whose elements were handed to the reader one by one as they were parsed and are not kept here,
/// so a dump of 150k pods is never held as one tree.
/// </summary>
internal sealed class SequenceNode(int line, int column) : Node(line, column)
{
    private readonly List<Node> items = [];

    public IReadOnlyList<Node> Items => items;

    public bool IsStreamed { get; internal set; }

    public override string Description => "a sequence";

    internal void Add(Node item) => items.Add(item);
}
