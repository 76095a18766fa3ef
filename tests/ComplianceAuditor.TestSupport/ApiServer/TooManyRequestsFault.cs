namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// 429 with a Retry-After header (whole seconds, rounded up). By default the body is a Status with reason
/// TooManyRequests and details.retryAfterSeconds. <paramref name="PlainTextBody"/> sends what API Priority
/// and Fairness really sends when it rejects a request: text/plain "Too many requests, please try again
/// later." and no Status, so a client can be tested against both.
/// </summary>
public sealed record TooManyRequestsFault(TimeSpan RetryAfter, bool PlainTextBody = false) : Fault;
