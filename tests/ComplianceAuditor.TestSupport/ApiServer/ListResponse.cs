using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// Writes one page of a list straight to the response body, flushing every few tens of kilobytes, so a
/// generated 100k-item list goes out without being built in memory first.
/// </summary>
internal static class ListResponse
{
    private const int FlushThreshold = 64 * 1024;

    public static async Task WriteAsync(HttpResponse response, ResourceRoute route, ItemList items, ListPage page, CancellationToken cancellationToken)
    {
        var start = Math.Min(page.Offset, items.Count);
        var end = page.Limit > 0 ? (int)Math.Min(items.Count, (long)start + page.Limit) : items.Count;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        var body = response.BodyWriter;
        using var json = new Utf8JsonWriter(body, ApiJson.WriterOptions);
        WriteHead(json, route, page.ResourceVersion, end < items.Count ? new ContinueToken(route.GroupResource, end, page.ResourceVersion) : null, items.Count - end);
        json.WriteStartArray("items");
        var flushedAt = 0L;
        var segmentStart = 0;
        foreach (var segment in items.Segments)
        {
            for (var index = Math.Max(start, segmentStart); index < Math.Min(end, segmentStart + segment.Count); index++)
            {
                segment.Write(json, index - segmentStart);
                if (json.BytesCommitted + json.BytesPending - flushedAt >= FlushThreshold)
                {
                    if (!await FlushAsync(json, body, cancellationToken))
                    {
                        return;
                    }

                    flushedAt = json.BytesCommitted;
                }
            }

            segmentStart += segment.Count;
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await FlushAsync(json, body, cancellationToken);
    }

    private static void WriteHead(Utf8JsonWriter json, ResourceRoute route, string resourceVersion, ContinueToken? next, int remaining)
    {
        json.WriteStartObject();
        json.WriteString("kind", route.ListKind);
        json.WriteString("apiVersion", route.ApiVersion);
        json.WriteStartObject("metadata");
        json.WriteString("resourceVersion", resourceVersion);
        if (next is not null)
        {
            json.WriteString("continue", next.Encode());
            json.WriteNumber("remainingItemCount", remaining);
        }

        json.WriteEndObject();
    }

    /// <returns>False when the client has gone and writing more is pointless.</returns>
    private static async ValueTask<bool> FlushAsync(Utf8JsonWriter json, PipeWriter body, CancellationToken cancellationToken)
    {
        json.Flush();
        var result = await body.FlushAsync(cancellationToken);
        return !result.IsCompleted && !result.IsCanceled;
    }
}
