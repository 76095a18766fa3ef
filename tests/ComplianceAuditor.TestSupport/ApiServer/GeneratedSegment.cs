using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>Items made by a factory while they are written, so a 100k-item list is never held.</summary>
internal sealed class GeneratedSegment(int count, Func<int, JsonObject> factory) : ItemSegment
{
    public override int Count => count;

    public override void Write(Utf8JsonWriter writer, int index) => factory(index).WriteTo(writer, ApiJson.Options);
}
