using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// The finding shapes the check types share, so subjects ("namespace x", "policy ns/name") and
/// wording stay the same whichever check wrote them: waivers and per-namespace scores key on them.
/// </summary>
internal static class CheckFindings
{
    public static string List(IEnumerable<string> zones) => string.Join(", ", zones);

    /// <summary>The not-applicable answer when the examined zones hold no namespace or pod.</summary>
    public static Finding NoMembers(IEnumerable<string> zones) => Finding.NotApplicable($"no namespace or pod is in {List(zones)}");

    public static Finding Namespace(FindingStatus status, string ns, string message, Evidence? evidence = null) => new()
    {
        Status = status,
        Subject = $"namespace {ns}",
        Namespace = ns,
        Message = message,
        Evidence = evidence ?? Evidence.None,
    };

    public static Finding Policy(FindingStatus status, CompiledPolicy policy, string message, Evidence? evidence = null) => new()
    {
        Status = status,
        Subject = $"policy {policy.QualifiedName}",
        Namespace = policy.Namespace,
        Policy = policy.QualifiedName,
        Message = message,
        Evidence = evidence ?? new Evidence { Policies = [policy.QualifiedName] },
    };

    /// <summary>
    /// A policy-level check whose zones have members but no policy to examine passes: there is
    /// nothing wrong with policies that do not exist (other checks catch their absence).
    /// </summary>
    public static Finding NoPolicies(IReadOnlyList<string> zones, string what) => new()
    {
        Status = FindingStatus.Pass,
        Subject = $"zones {List(zones)}",
        Message = $"no NetworkPolicy {what} in {List(zones)}",
    };
}
