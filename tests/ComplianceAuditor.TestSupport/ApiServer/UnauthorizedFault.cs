namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>401 with the Status the API server sends when a token is rejected (e.g. it expired mid-run).</summary>
public sealed record UnauthorizedFault : Fault;
