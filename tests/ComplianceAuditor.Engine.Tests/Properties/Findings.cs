namespace ComplianceAuditor.Engine.Tests.Properties;

/// <summary>Mismatches found for one cluster; capped, since one bug tends to show up everywhere.</summary>
internal sealed class Findings
{
    private const int Limit = 12;
    private readonly List<string> items = [];

    public int Count { get; private set; }

    public IReadOnlyList<string> Items => items;

    public void Add(string finding)
    {
        Count++;
        if (items.Count < Limit)
        {
            items.Add(finding);
        }
    }

    public override string ToString() =>
        string.Join(Environment.NewLine, items.Select(i => "  - " + i))
        + (Count > items.Count ? $"{Environment.NewLine}  ... and {Count - items.Count} more" : "");
}
