namespace ComplianceAuditor.Reports.Model;

/// <summary>
/// A policy object of the audited input (results.json 1.1 <c>input.policyInventory</c>): a
/// NetworkPolicy or a policy kind the engine does not evaluate, with the SHA-256 of its spec in
/// canonical form, so two runs show which policies were added, removed or changed.
/// </summary>
public sealed record PolicyObjectInfo(string ApiVersion, string Kind, string Namespace, string Name, string? Sha256);
