using System.Collections.Immutable;
using System.Text.Json;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// Items kept as their UTF-8 JSON: later changes to the caller's JsonObject do not leak into the cluster,
/// and concurrent requests only read immutable bytes (a JsonObject is not safe to read from two threads
/// while it materialises lazily).
/// </summary>
internal sealed class StoredSegment(ImmutableList<byte[]> items) : ItemSegment
{
    public override int Count => items.Count;

    public StoredSegment Add(byte[] item) => new(items.Add(item));

    public override void Write(Utf8JsonWriter writer, int index) => writer.WriteRawValue(items[index], skipInputValidation: true);
}
