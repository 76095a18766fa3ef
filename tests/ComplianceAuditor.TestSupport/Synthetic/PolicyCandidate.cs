using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// A policy a namespace could have; the lowest priorities are written first when the namespace's
/// share of the policy count is smaller than what it could use. Built lazily so unused ones cost nothing.
/// </summary>
internal sealed record PolicyCandidate(double Priority, string Name, Func<NetworkPolicySpec> Build);
