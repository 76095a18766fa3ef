using System.Collections.Immutable;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Results;

namespace ComplianceAuditor.Reports.Diff;

/// <summary>Policy objects added, removed or modified, by (apiVersion, kind, namespace, name) and spec hash.</summary>
internal static class PolicyDiffer
{
    public static PolicyChanges Compare(InputInfo before, InputInfo after)
    {
        if (before.PolicyInventory is not { } a || after.PolicyInventory is not { } b)
        {
            var which = (before.PolicyInventory, after.PolicyInventory) switch
            {
                (null, null) => "neither run records its policies",
                (null, _) => "run A does not record its policies",
                _ => "run B does not record its policies",
            };
            return new PolicyChanges([], [], [], $"policy changes could not be compared: {which} (results.json schemaVersion {ResultsSchema.PreviousVersion} has no input.policyInventory; audit again with this version)");
        }

        var was = a.ToDictionary(Identity);
        var now = b.ToDictionary(Identity);
        return new PolicyChanges(
            Sorted(now.Where(p => !was.ContainsKey(p.Key)).Select(p => Change(null, p.Value))),
            Sorted(was.Where(p => !now.ContainsKey(p.Key)).Select(p => Change(p.Value, null))),
            Sorted(now.Where(p => was.TryGetValue(p.Key, out var old) && old.Sha256 != p.Value.Sha256).Select(p => Change(was[p.Key], p.Value))),
            NotComparable: null);
    }

    private static (string, string, string, string) Identity(PolicyObjectInfo policy) => (policy.ApiVersion, policy.Kind, policy.Namespace, policy.Name);

    private static PolicyChange Change(PolicyObjectInfo? before, PolicyObjectInfo? after)
    {
        var policy = after ?? before!;
        return new PolicyChange(policy.ApiVersion, policy.Kind, policy.Namespace, policy.Name, before?.Sha256, after?.Sha256);
    }

    private static ImmutableArray<PolicyChange> Sorted(IEnumerable<PolicyChange> changes) =>
        [.. changes
            .OrderBy(p => p.Kind, StringComparer.Ordinal)
            .ThenBy(p => p.Namespace, StringComparer.Ordinal)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.ApiVersion, StringComparer.Ordinal)];
}
