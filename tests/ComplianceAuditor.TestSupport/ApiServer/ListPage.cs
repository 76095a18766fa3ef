namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>Which page a list request asks for: from an offset, at most Limit items (0: all), at a resource version.</summary>
internal sealed record ListPage(int Offset, long Limit, string ResourceVersion);
