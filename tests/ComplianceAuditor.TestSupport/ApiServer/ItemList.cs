using System.Collections.Immutable;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// An immutable snapshot of a resource's items. A request takes one snapshot and pages through it, so
/// items added while a list is being written do not tear the page.
/// </summary>
internal sealed class ItemList
{
    public static readonly ItemList Empty = new([], 0);

    private ItemList(ImmutableArray<ItemSegment> segments, int count)
    {
        Segments = segments;
        Count = count;
    }

    public ImmutableArray<ItemSegment> Segments { get; }

    public int Count { get; }

    public ItemList Add(byte[] item)
    {
        if (!Segments.IsEmpty && Segments[^1] is StoredSegment last)
        {
            return new ItemList(Segments.SetItem(Segments.Length - 1, last.Add(item)), checked(Count + 1));
        }

        return new ItemList(Segments.Add(new StoredSegment([item])), checked(Count + 1));
    }

    public ItemList Append(GeneratedSegment segment) => new(Segments.Add(segment), checked(Count + segment.Count));
}
