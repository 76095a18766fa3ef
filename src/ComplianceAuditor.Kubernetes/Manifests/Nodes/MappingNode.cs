namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>
/// A mapping in input order. Keys are unique (the tree builder rejects duplicates). Lookups are
/// linear: object mappings are small and each is asked for a handful of fields.
/// </summary>
internal sealed class MappingNode(int line, int column) : Node(line, column)
{
    private readonly List<MappingEntry> entries = [];

    public IReadOnlyList<MappingEntry> Entries => entries;

    public int Count => entries.Count;

    public override string Description => "a mapping";

    public Node? Get(string key)
    {
        var index = IndexOf(key);
        return index < 0 ? null : entries[index].Value;
    }

    public int IndexOf(string key)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Key.Text, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    internal void Add(ScalarNode key, Node value) => entries.Add(new MappingEntry(key, value));
}
