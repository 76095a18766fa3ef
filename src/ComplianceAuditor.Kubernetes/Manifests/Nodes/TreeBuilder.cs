using System.Text;
using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>
/// Builds node trees from the events of a YAML or JSON reader: resolves aliases and YAML merge
/// keys (<c>&lt;&lt;: *base</c>, as kubectl does), rejects duplicate keys (the object would mean
/// something other than what the API server stores), and hands the elements of a root
/// <c>items</c> sequence to the sink one at a time.
/// </summary>
internal sealed class TreeBuilder(string file, IDocumentSink sink, List<Diagnostic> diagnostics)
{
    // Beyond this many keys a mapping gets a hash index for the duplicate check, so a huge
    // mapping is not quadratic; below it a linear scan allocates nothing.
    private const int IndexedMappingSize = 16;

    /// <summary>
    /// Far deeper than any Kubernetes object. Past it the file is not read: YamlDotNet's time grows
    /// with the square of the nesting depth, so a small file of brackets could otherwise hang a run.
    /// </summary>
    public const int MaxDepth = 1000;

    private const string MergeKey = "<<";

    private readonly List<Frame> frames = [];
    private readonly Dictionary<string, Node> anchors = new(StringComparer.Ordinal);
    private int depth;
    private Node? root;

    public int Document { get; private set; }

    public bool InDocument { get; private set; }

    /// <summary>Set when reading must stop (nesting too deep); the reader stops feeding events.</summary>
    public bool Stopped { get; private set; }

    public void StartDocument()
    {
        Document++;
        InDocument = true;
        root = null;
        sink.DocumentStarted(Document);
    }

    public void EndDocument()
    {
        var completed = root is { IsNull: true } ? null : root;
        Reset();
        sink.DocumentEnded(completed);
    }

    /// <summary>Records a syntax error; the reader stops, so the current document is dropped.</summary>
    public void SyntaxError(int line, int column, string message)
    {
        var number = InDocument ? Document : Document + 1;
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, message, new SourceLocation(file, number, line, column)));
        if (InDocument)
        {
            Reset();
            sink.DocumentAbandoned();
        }
    }

    public void StartMapping(int line, int column, string? anchor) => Push(new MappingNode(line, column), anchor, streamItems: false);

    public void StartSequence(int line, int column, string? anchor)
    {
        var streamItems = depth == 1 && frames[0] is { Node: MappingNode, HasKey: true, Skip: false, Key.Text: "items" };
        Push(new SequenceNode(line, column) { IsStreamed = streamItems }, anchor, streamItems);
    }

    public void EndCollection()
    {
        var frame = frames[--depth];
        var node = frame.Node;
        if (node is MappingNode mapping && frame.MergeSources is { } sources)
        {
            Merge(mapping, sources);
        }
        if (frame.Anchor is { } anchor)
        {
            anchors[anchor] = node;
        }

        frame.Clear();
        Attach(node);
    }

    public void Scalar(ScalarNode node, string? anchor)
    {
        if (anchor is not null)
        {
            anchors[anchor] = node;
        }

        Attach(node);
    }

    public void Alias(string name, int line, int column)
    {
        if (anchors.TryGetValue(name, out var node))
        {
            Attach(node);
            return;
        }

        // Anchors are registered when their node is complete, so an alias inside its own anchor
        // is unknown too: that keeps the tree acyclic.
        Error(line, column, $"unknown alias '*{name}': no complete node with anchor '&{name}' precedes it", key: null);
        Attach(new ScalarNode(line, column, string.Empty, ScalarType.Null, quoted: false));
    }

    private void Push(Node node, string? anchor, bool streamItems)
    {
        if (depth == MaxDepth)
        {
            SyntaxError(node.Line, node.Column, $"nesting deeper than {MaxDepth} levels is not supported; the rest of the file is not read");
            Stopped = true;
            return;
        }

        if (depth == frames.Count)
        {
            frames.Add(new Frame());
        }

        frames[depth++].Init(node, anchor, streamItems);
    }

    private void Attach(Node node)
    {
        if (depth == 0)
        {
            root = node;
            return;
        }

        var frame = frames[depth - 1];
        if (frame.Node is MappingNode mapping)
        {
            if (frame.HasKey)
            {
                AcceptValue(frame, mapping, node);
            }
            else
            {
                AcceptKey(frame, mapping, node);
            }

            return;
        }

        var sequence = (SequenceNode)frame.Node;
        if (frame.StreamItems)
        {
            sink.ItemRead((MappingNode)frames[0].Node, node);
        }
        else
        {
            sequence.Add(node);
            sequence.ErrorCount += node.ErrorCount;
        }

        frame.Index++;
    }

    private void AcceptKey(Frame frame, MappingNode mapping, Node node)
    {
        frame.HasKey = true;
        if (node is not ScalarNode key)
        {
            Error(node.Line, node.Column, $"expected a scalar mapping key, found {node.Description}", key: null);
            frame.Skip = true;
            return;
        }

        if (!key.Quoted && key.Text == MergeKey)
        {
            if (frame.MergeSources is not null)
            {
                Error(key.Line, key.Column, "duplicate merge key '<<'; list the mappings to merge in one sequence", key.Text);
                frame.Skip = true;
            }
        }
        else if (FindKey(frame, mapping, key.Text) is { } first)
        {
            Error(key.Line, key.Column, $"duplicate key '{key.Text}' (first at line {first.Line}, column {first.Column})", key.Text);
            frame.Skip = true;
        }

        frame.Key = key;
    }

    private void AcceptValue(Frame frame, MappingNode mapping, Node node)
    {
        var key = frame.Key;
        var skip = frame.Skip;
        frame.HasKey = false;
        frame.Key = null;
        frame.Skip = false;
        mapping.ErrorCount += node.ErrorCount;
        if (skip || key is null)
        {
            return;
        }

        if (!key.Quoted && key.Text == MergeKey)
        {
            frame.MergeSources = MergeSources(node);
            return;
        }

        frame.KeyIndex?.Add(key.Text, mapping.Count);
        mapping.Add(key, node);
    }

    /// <summary>The mappings a merge key names: one mapping, or a sequence of them (earlier ones win).</summary>
    private List<MappingNode> MergeSources(Node value)
    {
        var items = value is SequenceNode sequence ? sequence.Items : [value];
        var sources = new List<MappingNode>();
        foreach (var item in items)
        {
            if (item is MappingNode source)
            {
                sources.Add(source);
            }
            else
            {
                Error(item.Line, item.Column, $"a merge key ('<<') takes a mapping or a sequence of mappings, found {item.Description}", MergeKey);
            }
        }

        return sources;
    }

    /// <summary>Adds the merged keys the mapping does not set itself: its own keys always win.</summary>
    private static void Merge(MappingNode mapping, List<MappingNode> sources)
    {
        foreach (var source in sources)
        {
            mapping.ErrorCount += source.ErrorCount;
            foreach (var entry in source.Entries)
            {
                if (mapping.IndexOf(entry.Key.Text) < 0)
                {
                    mapping.Add(entry.Key, entry.Value);
                }
            }
        }
    }

    private static ScalarNode? FindKey(Frame frame, MappingNode mapping, string text)
    {
        if (frame.KeyIndex is null && mapping.Count < IndexedMappingSize)
        {
            var position = mapping.IndexOf(text);
            return position < 0 ? null : mapping.Entries[position].Key;
        }

        if (frame.KeyIndex is null)
        {
            frame.KeyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < mapping.Count; i++)
            {
                frame.KeyIndex.Add(mapping.Entries[i].Key.Text, i);
            }
        }

        return frame.KeyIndex.TryGetValue(text, out var index) ? mapping.Entries[index].Key : null;
    }

    private void Error(int line, int column, string message, string? key)
    {
        if (depth > 0)
        {
            frames[depth - 1].Node.ErrorCount++;
        }

        var location = new SourceLocation(file, InDocument ? Document : Document + 1, line, column);
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, message, location, FieldPath: CurrentPath(key)));
    }

    private string? CurrentPath(string? key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            var frame = frames[i];
            if (frame.Node is SequenceNode)
            {
                FieldPath.AppendIndex(text, frame.Index);
            }
            else if (frame is { HasKey: true, Key: { } current } && (i < depth - 1 || key is null))
            {
                FieldPath.AppendKey(text, current.Text);
            }
        }

        if (key is not null)
        {
            FieldPath.AppendKey(text, key);
        }

        return text.Length == 0 ? null : text.ToString();
    }

    private void Reset()
    {
        for (var i = 0; i < depth; i++)
        {
            frames[i].Clear();
        }

        depth = 0;
        root = null;
        anchors.Clear();
        InDocument = false;
    }

    private sealed class Frame
    {
        public Node Node { get; private set; } = null!;

        public ScalarNode? Key { get; set; }

        public bool HasKey { get; set; }

        public bool Skip { get; set; }

        public bool StreamItems { get; private set; }

        public int Index { get; set; }

        public string? Anchor { get; private set; }

        public Dictionary<string, int>? KeyIndex { get; set; }

        public List<MappingNode>? MergeSources { get; set; }

        public void Init(Node node, string? anchor, bool streamItems)
        {
            Node = node;
            Anchor = anchor;
            StreamItems = streamItems;
        }

        public void Clear()
        {
            Node = null!;
            Key = null;
            HasKey = false;
            Skip = false;
            StreamItems = false;
            Index = 0;
            Anchor = null;
            KeyIndex = null;
            MergeSources = null;
        }
    }
}
