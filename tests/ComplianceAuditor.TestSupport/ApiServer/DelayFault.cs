namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// Waits, then answers normally; for client timeouts. The wait ends early when the client aborts the
/// request (or the server is disposed), and then nothing is written.
/// </summary>
public sealed record DelayFault(TimeSpan Delay) : Fault;
