namespace ComplianceAuditor.Engine.Reachability;

/// <summary>A sorted int array with structural equality, for interning id sets.</summary>
internal readonly struct IntArrayKey : IEquatable<IntArrayKey>
{
    private readonly int hash;

    public IntArrayKey(int[] items)
    {
        Items = items;
        var h = new HashCode();
        foreach (var item in items)
        {
            h.Add(item);
        }

        hash = h.ToHashCode();
    }

    public int[] Items { get; }

    public bool Equals(IntArrayKey other) => hash == other.hash && Items.AsSpan().SequenceEqual(other.Items);

    public override bool Equals(object? obj) => obj is IntArrayKey other && Equals(other);

    public override int GetHashCode() => hash;
}
