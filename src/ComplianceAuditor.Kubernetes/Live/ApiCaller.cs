using System.Net;

namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>
/// Makes one API request with a per-request timeout, retrying transient failures (429, 5xx,
/// timeouts, dropped connections) with exponential backoff and jitter, honouring Retry-After,
/// all within the snapshot's deadline. What cannot be retried becomes a message that says what
/// to fix.
/// </summary>
internal sealed class ApiCaller(LiveOptions options, TimeProvider time, DateTimeOffset deadline, Action<string>? progress)
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public async Task<T> CallAsync<T>(ListedResource resource, Func<CancellationToken, Task<T>> call, CancellationToken cancellation)
    {
        ApiFailure? last = null;
        for (var attempt = 1; ; attempt++)
        {
            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw GaveUp(resource, attempt - 1, last);
            }

            using var timeout = new CancellationTokenSource(Min(options.RequestTimeout, remaining), time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeout.Token);
            try
            {
                return await call(linked.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellation.IsCancellationRequested
                && ApiFailures.Classify(exception, timeout.IsCancellationRequested, time) is { } failure)
            {
                last = failure;
                await HandleAsync(resource, attempt, failure, cancellation).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleAsync(ListedResource resource, int attempt, ApiFailure failure, CancellationToken cancellation)
    {
        switch (failure.Kind)
        {
            case ApiFailureKind.Expired:
                throw new ContinueExpiredException(failure.Message);
            case ApiFailureKind.NotFound:
                throw new ResourceNotServedException(resource, failure.Message);
            case ApiFailureKind.Fatal:
                throw new LiveClusterException(failure.Status switch
                {
                    HttpStatusCode.Forbidden => RbacAdvice.Forbidden(resource, failure.Message),
                    HttpStatusCode.Unauthorized => RbacAdvice.Unauthorized(resource, failure.Message),
                    _ => $"cannot list {resource.Resource}: the API server answered {(int?)failure.Status}: {failure.Message}",
                });
        }

        var wait = failure.RetryAfter ?? Backoff(attempt);
        if (time.GetUtcNow() + wait >= deadline)
        {
            throw GaveUp(resource, attempt, failure);
        }

        progress?.Invoke($"{resource.Resource}: {Describe(failure)}; retrying in {wait.TotalSeconds:0.#} s (attempt {attempt + 1})");
        await Task.Delay(wait, time, cancellation).ConfigureAwait(false);
    }

    /// <summary>Exponential, capped, with "equal jitter": half fixed, half random, so clients spread out.</summary>
    private static TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(MaxBackoff.TotalMilliseconds, FirstBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1));
#pragma warning disable CA5394 // Jitter needs spread, not unpredictability.
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (Random.Shared.NextDouble() * 0.5)));
#pragma warning restore CA5394
    }

    private LiveClusterException GaveUp(ListedResource resource, int attempts, ApiFailure? last) => new(attempts == 0
        ? $"cannot list {resource.Resource}: the {options.Timeout.TotalSeconds:0.#} s deadline (--timeout) passed before it could be listed"
        : $"cannot list {resource.Resource}: gave up after {attempts} attempt{(attempts == 1 ? string.Empty : "s")} within the {options.Timeout.TotalSeconds:0.#} s deadline (--timeout)"
            + (last is null ? string.Empty : $"; the last attempt failed: {Describe(last)}"));

    private static string Describe(ApiFailure failure) =>
        failure.Status is { } status ? $"{(int)status} {status}: {failure.Message}" : failure.Message;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
