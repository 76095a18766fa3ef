using System.Globalization;
using System.Net;
using System.Text.Json;
using k8s.Autorest;

namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>Turns what a request threw into an <see cref="ApiFailure"/>: whether to retry, and what the server said.</summary>
internal static class ApiFailures
{
    public static ApiFailure? Classify(Exception exception, bool requestTimedOut, TimeProvider time) => exception switch
    {
        HttpOperationException http => FromResponse(http, time),
        // The caller's own cancellation never gets here (ApiCaller filters it out), so a
        // cancellation is a timeout: ours, or the HTTP client's.
        OperationCanceledException => new ApiFailure(ApiFailureKind.Transient, null, requestTimedOut ? "the request timed out" : "the request was abandoned by the HTTP client (timeout)", null),
        HttpRequestException request => new ApiFailure(ApiFailureKind.Transient, null, $"cannot reach the API server: {request.Message}", null),
        IOException io => new ApiFailure(ApiFailureKind.Transient, null, $"the connection failed: {io.Message}", null),
        _ => null,
    };

    private static ApiFailure FromResponse(HttpOperationException exception, TimeProvider time)
    {
        var response = exception.Response;
        var status = response?.StatusCode;
        var message = StatusMessage(response?.Content) ?? $"{(int?)status} {response?.ReasonPhrase}".Trim();
        var kind = status switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => ApiFailureKind.Transient,
            HttpStatusCode.Gone => ApiFailureKind.Expired,
            HttpStatusCode.NotFound => ApiFailureKind.NotFound,
            _ => ApiFailureKind.Fatal,
        };
        return new ApiFailure(kind, status, message, RetryAfter(response, time));
    }

    /// <summary>The message of a metav1.Status body, if the body is one.</summary>
    private static string? StatusMessage(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                ? message.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Retry-After in seconds or as an HTTP date.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessageWrapper? response, TimeProvider time)
    {
        var header = response?.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (header is null)
        {
            return null;
        }

        if (int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(header, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero
            : null;
    }
}
