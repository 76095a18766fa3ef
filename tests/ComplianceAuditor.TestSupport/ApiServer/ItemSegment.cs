using System.Text.Json;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>A run of list items, stored or generated; a resource's items are its segments in order.</summary>
internal abstract class ItemSegment
{
    public abstract int Count { get; }

    public abstract void Write(Utf8JsonWriter writer, int index);
}
