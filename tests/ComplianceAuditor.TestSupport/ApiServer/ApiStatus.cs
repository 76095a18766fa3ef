using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// A failure answer as a metav1.Status. Fields the API server leaves empty are left out (Go's omitempty),
/// except details, which the server writes as {} for some reasons (NotFound) and omits for others.
/// </summary>
internal sealed record ApiStatus(int Code, string Reason, string Message)
{
    public const string NotFoundMessage = "the server could not find the requested resource";

    public const string ExpiredMessage =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, "
        + "or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an "
        + "inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

    public StatusDetails? Details { get; init; }

    /// <summary>metadata.continue; a 410 for an expired continue token carries a token that goes on at the current version.</summary>
    public string? Continue { get; init; }

    /// <summary>Whole seconds for the Retry-After header.</summary>
    public int? RetryAfterSeconds { get; init; }

    public static ApiStatus Unauthorized() => new(401, "Unauthorized", "Unauthorized");

    public static ApiStatus NotFound() => new(404, "NotFound", NotFoundMessage) { Details = new StatusDetails() };

    public static ApiStatus MethodNotAllowed() =>
        new(405, "MethodNotAllowed", "the server does not allow this method on the requested resource") { Details = new StatusDetails() };

    public static ApiStatus BadRequest(string message) => new(400, "BadRequest", message);

    public static ApiStatus Expired(string continueToken) => new(410, "Expired", ExpiredMessage) { Continue = continueToken };

    public static ApiStatus Forbidden(string user, ResourceRoute? route, string path) => route is null
        ? new(403, "Forbidden", $"forbidden: User \"{user}\" cannot get path \"{path}\"") { Details = new StatusDetails() }
        : new(403, "Forbidden", $"{route.GroupResource} is forbidden: User \"{user}\" cannot list resource \"{route.Plural}\" in API group \"{route.Group}\" at the cluster scope")
        {
            Details = new StatusDetails { Group = route.Group, Kind = route.Plural },
        };

    public static ApiStatus TooManyRequests(TimeSpan retryAfter) => WithRetryAfter(new(429, "TooManyRequests", TooManyRequestsText), retryAfter);

    public static ApiStatus From(StatusFault fault) =>
        fault.RetryAfter is { } retryAfter ? WithRetryAfter(new(fault.Code, fault.Reason, fault.Message), retryAfter) : new(fault.Code, fault.Reason, fault.Message);

    public const string TooManyRequestsText = "Too many requests, please try again later.";

    /// <summary>Retry-After is whole seconds; round up so a client never retries before it was asked to.</summary>
    public static int Seconds(TimeSpan retryAfter) => (int)Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds));

    public async Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = Code;
        response.ContentType = "application/json";
        if (RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        using (var json = new Utf8JsonWriter(response.BodyWriter, ApiJson.WriterOptions))
        {
            WriteBody(json);
        }

        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static ApiStatus WithRetryAfter(ApiStatus status, TimeSpan retryAfter)
    {
        var seconds = Seconds(retryAfter);
        return status with { RetryAfterSeconds = seconds, Details = new StatusDetails { RetryAfterSeconds = seconds } };
    }

    private void WriteBody(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("kind", "Status");
        json.WriteString("apiVersion", "v1");
        json.WriteStartObject("metadata");
        if (Continue is not null)
        {
            json.WriteString("continue", Continue);
        }

        json.WriteEndObject();
        json.WriteString("status", "Failure");
        json.WriteString("message", Message);
        json.WriteString("reason", Reason);
        Details?.Write(json);
        json.WriteNumber("code", Code);
        json.WriteEndObject();
    }
}
