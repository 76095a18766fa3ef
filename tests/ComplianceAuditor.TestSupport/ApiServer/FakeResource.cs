using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// One list the fake API server serves: stored items and generated runs, in the order they were added.
/// Safe to change while requests are being served; each request sees one consistent snapshot.
/// </summary>
public sealed class FakeResource
{
    private readonly Lock gate = new();
    private ItemList items = ItemList.Empty;
    private volatile bool served = true;
    private volatile string resourceVersion = "12345";

    internal FakeResource(FakeResourceKind kind)
    {
        Kind = kind;
    }

    public FakeResourceKind Kind { get; }

    /// <summary>False answers 404 NotFound, as for a CRD that is not installed.</summary>
    public bool Served
    {
        get => served;
        set => served = value;
    }

    /// <summary>The list's metadata.resourceVersion; continue tokens carry the one their first page had.</summary>
    public string ResourceVersion
    {
        get => resourceVersion;
        set
        {
            ArgumentException.ThrowIfNullOrEmpty(value);
            resourceVersion = value;
        }
    }

    public int Count => Snapshot().Count;

    /// <summary>Stores a copy of the item, as it should appear inside the list's items.</summary>
    public void Add(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(item, ApiJson.Options);
        lock (gate)
        {
            items = items.Add(bytes);
        }
    }

    /// <summary>
    /// Appends <paramref name="count"/> items that <paramref name="factory"/> makes (index 0 to count-1)
    /// while each list is written. Each result is written before the factory is called again, so a factory
    /// may refill one template object; it must be thread-safe only if the list is requested concurrently.
    /// </summary>
    public void Generate(int count, Func<int, JsonObject> factory)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(factory);
        lock (gate)
        {
            items = items.Append(new GeneratedSegment(count, factory));
        }
    }

    internal ItemList Snapshot() => Volatile.Read(ref items);
}
