namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// 403 as RBAC denies a list, e.g. <c>pods is forbidden: User "…" cannot list resource "pods" in API group ""
/// at the cluster scope</c>, with details {group, kind} (group left out for the core group, as the API
/// server omits empty fields). On a path that is not a resource the message names the path instead.
/// </summary>
public sealed record ForbiddenFault(string User = "system:serviceaccount:audit:compliance-auditor") : Fault;
