using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>
/// The Pods and Policies sheets, from the cluster snapshot when the report is rendered with one.
/// results.json does not carry the inventory, so without a snapshot each sheet says so in one row.
/// </summary>
internal static class InventoryTables
{
    public const string NotAvailable = "not available: rendered from results.json without the cluster snapshot";

    public static SheetTable Pods(ClusterSnapshot? inventory)
    {
        ImmutableArray<SheetColumn> columns =
            [new("Namespace", 24), new("Pod", 40), new("Labels", 60), new("IPs", 24), new("Phase", 12), new("Host network", 13)];
        if (inventory is null)
        {
            return Unavailable("Pods", columns);
        }

        var pods = inventory.Pods.OrderBy(p => p.Metadata.Namespace, StringComparer.Ordinal).ThenBy(p => p.Metadata.Name, StringComparer.Ordinal);
        return new("Pods", columns, inventory.Pods.Length, pods.Select(pod => new[]
        {
            XlsxCells.Text(pod.Metadata.Namespace),
            XlsxCells.Text(pod.Metadata.Name),
            XlsxCells.Join(pod.Metadata.Labels.Select(l => $"{l.Key}={l.Value}")),
            XlsxCells.Join(pod.PodIPs.Select(ip => ip.ToString())),
            XlsxCells.Text(pod.Phase),
            XlsxCells.YesNo(pod.HostNetwork),
        }));
    }

    public static SheetTable Policies(ClusterSnapshot? inventory)
    {
        ImmutableArray<SheetColumn> columns =
            [new("Namespace", 24), new("Policy", 40), new("Policy types", 24), new("Ingress rules", 13), new("Egress rules", 13), new("Pod selector", 50)];
        if (inventory is null)
        {
            return Unavailable("Policies", columns);
        }

        var policies = inventory.NetworkPolicies.OrderBy(p => p.Metadata.Namespace, StringComparer.Ordinal).ThenBy(p => p.Metadata.Name, StringComparer.Ordinal);
        return new("Policies", columns, inventory.NetworkPolicies.Length, policies.Select(policy => new[]
        {
            XlsxCells.Text(policy.Metadata.Namespace),
            XlsxCells.Text(policy.Metadata.Name),
            XlsxCells.Text(PolicyTypes(policy.Spec)),
            XlsxCells.Number(policy.Spec.IngressRules.Length),
            XlsxCells.Number(policy.Spec.EgressRules.Length),
            XlsxCells.Text(policy.Spec.PodSelector.IsEmpty ? "{} (all pods in the namespace)" : policy.Spec.PodSelector.ToString()),
        }));
    }

    /// <summary>The declared policy types, or the ones Kubernetes implies when none are declared.</summary>
    private static string PolicyTypes(NetworkPolicySpec spec)
    {
        if (spec.PolicyTypes is { IsEmpty: false } declared)
        {
            return string.Join(", ", declared);
        }

        var implied = new[] { spec.AffectsIngress ? "Ingress" : null, spec.AffectsEgress ? "Egress" : null }.OfType<string>();
        return $"{string.Join(", ", implied)} (implied)";
    }

    private static SheetTable Unavailable(string name, ImmutableArray<SheetColumn> columns) =>
        new(name, columns, 1, [[XlsxCells.Text(NotAvailable)]]);
}
