using System.Collections.Immutable;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// An immutable sequence with structural equality (elements compared by their own equality), so
/// lists of matchers, ports or ids can key the interners that merge identical classes and rules.
/// </summary>
internal readonly struct SequenceKey<T> : IEquatable<SequenceKey<T>>
{
    private readonly int hash;

    public SequenceKey(ImmutableArray<T> items)
    {
        Items = items;
        var h = new HashCode();
        foreach (var item in items)
        {
            h.Add(item);
        }

        hash = h.ToHashCode();
    }

    public ImmutableArray<T> Items { get; }

    public bool Equals(SequenceKey<T> other) => hash == other.hash && Items.SequenceEqual(other.Items);

    public override bool Equals(object? obj) => obj is SequenceKey<T> other && Equals(other);

    public override int GetHashCode() => hash;
}
