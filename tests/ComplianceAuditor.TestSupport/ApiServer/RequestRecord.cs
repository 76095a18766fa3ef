namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// One request the fake API server answered. <paramref name="StatusCode"/> is 499 when the client gave up
/// before an answer was written (nginx's "client closed request"), e.g. during a <see cref="DelayFault"/>.
/// </summary>
public sealed record RequestRecord(string Method, string PathAndQuery, int StatusCode, DateTimeOffset ReceivedAtUtc);
