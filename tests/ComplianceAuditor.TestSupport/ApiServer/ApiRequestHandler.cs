using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// Answers one request in the API server's order: authentication, then the scripted fault for the path,
/// then routing (404, 405), then the list parameters (400), then expiry of the continue token (410).
/// </summary>
internal sealed class ApiRequestHandler(FakeCluster cluster, FaultScript faults, TokenSet tokens, RequestLog log, CancellationToken stopping)
{
    /// <summary>Logged when the client went away before an answer was written (nginx's "client closed request").</summary>
    private const int ClientClosedRequest = 499;

    public async Task HandleAsync(HttpContext context)
    {
        var received = DateTimeOffset.UtcNow;
        var pathAndQuery = context.Request.GetEncodedPathAndQuery();
        context.Response.Headers["Audit-Id"] = Guid.NewGuid().ToString();
        context.Response.Headers.CacheControl = "no-cache, private";
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await AnswerAsync(context, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The client aborted (e.g. its timeout during a DelayFault) or the server is stopping: nobody to answer.
        }
        finally
        {
            var aborted = cancel.IsCancellationRequested && !context.Response.HasStarted;
            log.Add(new RequestRecord(context.Request.Method, pathAndQuery, aborted ? ClientClosedRequest : context.Response.StatusCode, received));
        }
    }

    private async Task AnswerAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var response = context.Response;
        if (!tokens.Accepts(request.Headers.Authorization.ToString()))
        {
            await ApiStatus.Unauthorized().WriteAsync(response, cancellationToken);
            return;
        }

        var path = request.Path.Value ?? "/";

        // KubernetesClient asks for "/version/" (the OpenAPI path); the API server answers both spellings.
        var isVersion = path is "/version" or "/version/";
        path = isVersion ? "/version" : path;
        var route = ResourceRoute.ForPath(path);
        if (faults.TakeFault(path) is { } fault && !await ApplyAsync(fault, response, route, path, cancellationToken))
        {
            return;
        }

        if (!isVersion && (route is null || !cluster[route.Kind].Served))
        {
            await ApiStatus.NotFound().WriteAsync(response, cancellationToken);
        }
        else if (!HttpMethods.IsGet(request.Method))
        {
            await ApiStatus.MethodNotAllowed().WriteAsync(response, cancellationToken);
        }
        else if (route is null)
        {
            await VersionResponse.WriteAsync(response, cluster.GitVersion, cancellationToken);
        }
        else
        {
            await ListAsync(request, response, route, cancellationToken);
        }
    }

    /// <returns>True when the request goes on to be answered normally (after a delay).</returns>
    private static async Task<bool> ApplyAsync(Fault fault, HttpResponse response, ResourceRoute? route, string path, CancellationToken cancellationToken)
    {
        switch (fault)
        {
            case DelayFault delay:
                await Task.Delay(delay.Delay, cancellationToken);
                return true;
            case TooManyRequestsFault { PlainTextBody: true } tooMany:
                await WritePriorityAndFairnessRejectionAsync(response, tooMany.RetryAfter, cancellationToken);
                return false;
            default:
                var status = fault switch
                {
                    StatusFault statusFault => ApiStatus.From(statusFault),
                    ForbiddenFault forbidden => ApiStatus.Forbidden(forbidden.User, route, path),
                    UnauthorizedFault => ApiStatus.Unauthorized(),
                    TooManyRequestsFault tooMany => ApiStatus.TooManyRequests(tooMany.RetryAfter),
                    _ => throw new UnreachableException($"fault {fault.GetType().Name} has no answer"),
                };
                await status.WriteAsync(response, cancellationToken);
                return false;
        }
    }

    /// <summary>What API Priority and Fairness sends: Go's http.Error, plain text, no Status.</summary>
    private static async Task WritePriorityAndFairnessRejectionAsync(HttpResponse response, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.RetryAfter = ApiStatus.Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
        await response.WriteAsync(ApiStatus.TooManyRequestsText + "\n", cancellationToken);
    }

    private async Task ListAsync(HttpRequest request, HttpResponse response, ResourceRoute route, CancellationToken cancellationToken)
    {
        var resource = cluster[route.Kind];
        var items = resource.Snapshot();
        var limitText = request.Query["limit"].ToString();
        var limit = 0L;
        if (limitText.Length > 0 && !long.TryParse(limitText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out limit))
        {
            await ApiStatus.BadRequest($"invalid limit \"{limitText}\": expected an integer").WriteAsync(response, cancellationToken);
            return;
        }

        var continueText = request.Query["continue"].ToString();
        if (continueText.Length == 0)
        {
            await ListResponse.WriteAsync(response, route, items, new ListPage(0, limit, resource.ResourceVersion), cancellationToken);
            return;
        }

        if (ContinueToken.Decode(continueText, route.GroupResource, out var error) is not { } token)
        {
            await ApiStatus.BadRequest($"invalid continue token: {error}").WriteAsync(response, cancellationToken);
        }
        else if (faults.TakeExpiry(route.Path))
        {
            var resume = token with { ResourceVersion = ContinueToken.CurrentVersion };
            await ApiStatus.Expired(resume.Encode()).WriteAsync(response, cancellationToken);
        }
        else
        {
            var version = token.ResourceVersion == ContinueToken.CurrentVersion ? resource.ResourceVersion : token.ResourceVersion;
            await ListResponse.WriteAsync(response, route, items, new ListPage(token.Offset, limit, version), cancellationToken);
        }
    }
}
