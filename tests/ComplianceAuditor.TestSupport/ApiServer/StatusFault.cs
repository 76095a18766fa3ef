namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// Any Status failure, e.g. (500, "InternalError", "etcdserver: request timed out") or (504, "Timeout", ...).
/// With <paramref name="RetryAfter"/> the answer carries a Retry-After header (whole seconds, rounded up)
/// and details.retryAfterSeconds, as the API server does for its retryable errors.
/// </summary>
public sealed record StatusFault(int Code, string Reason, string Message, TimeSpan? RetryAfter = null) : Fault;
