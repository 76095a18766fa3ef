using ComplianceAuditor.Kubernetes.Manifests;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Results;

namespace ComplianceAuditor.Reports.Tests;

/// <summary>
/// results.json's policy inventory: the spec hash changes with what a policy allows and with
/// nothing else (key order, resourceVersion, managedFields, annotations, YAML or JSON).
/// </summary>
public class PolicyInventoryTests
{
    private const string Policy = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-db
          namespace: shop
          resourceVersion: "100"
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: '{"old": true}'
        spec:
          podSelector:
            matchLabels: {app: db, tier: data}
          policyTypes: [Ingress]
          ingress:
          - from:
            - podSelector:
                matchExpressions:
                - {key: role, operator: In, values: [web, api]}
            ports:
            - port: 5432
        ---
        apiVersion: cilium.io/v2
        kind: CiliumNetworkPolicy
        metadata: {name: l7, namespace: shop, resourceVersion: "7"}
        spec:
          endpointSelector: {matchLabels: {app: db}}
          ingress: [{fromEndpoints: [{matchLabels: {app: web}}]}]
        """;

    // The same objects re-applied: keys reordered, other metadata, the omitted protocol written
    // out, selector terms and values reordered, as JSON.
    private const string Reapplied = """
        {"kind": "List", "apiVersion": "v1", "items": [
          {"spec": {"ingress": [{"ports": [{"protocol": "TCP", "port": 5432}], "from": [{"podSelector": {"matchExpressions": [{"values": ["api", "web"], "operator": "In", "key": "role"}]}}]}],
                    "policyTypes": ["Ingress"], "podSelector": {"matchLabels": {"tier": "data", "app": "db"}}},
           "metadata": {"namespace": "shop", "name": "allow-db", "resourceVersion": "205", "managedFields": [{"manager": "kubectl"}],
                        "annotations": {"compliance-auditor.io/reviewed-at": "2026-11-28"}},
           "kind": "NetworkPolicy", "apiVersion": "networking.k8s.io/v1"},
          {"spec": {"ingress": [{"fromEndpoints": [{"matchLabels": {"app": "web"}}]}], "endpointSelector": {"matchLabels": {"app": "db"}}},
           "metadata": {"resourceVersion": "9", "namespace": "shop", "name": "l7"}, "kind": "CiliumNetworkPolicy", "apiVersion": "cilium.io/v2"}
        ]}
        """;

    [Fact]
    public void Hashes_do_not_change_with_key_order_metadata_or_format()
    {
        var before = Inventory("a.yaml", Policy);
        var after = Inventory("b.json", Reapplied);

        Assert.Equal(
            ["CiliumNetworkPolicy shop/l7 cilium.io/v2", "NetworkPolicy shop/allow-db networking.k8s.io/v1"],
            before.Select(p => $"{p.Kind} {p.Namespace}/{p.Name} {p.ApiVersion}"));
        Assert.All(before, p => Assert.Matches("^[0-9a-f]{64}$", p.Sha256));
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("- port: 5432", "- port: 5433")]
    [InlineData("values: [web, api]", "values: [web]")]
    [InlineData("policyTypes: [Ingress]", "policyTypes: [Ingress, Egress]")]
    [InlineData("{app: web}}]}]", "{app: api}}]}]")]
    public void A_change_to_what_a_policy_says_changes_its_hash(string from, string to)
    {
        var before = Inventory("a.yaml", Policy);
        var after = Inventory("a.yaml", Policy.Replace(from, to, StringComparison.Ordinal));

        Assert.Single(before.Zip(after), pair => pair.First.Sha256 != pair.Second.Sha256);
    }

    private static List<PolicyObjectInfo> Inventory(string name, string text)
    {
        var loaded = ManifestLoader.LoadText(name, text);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return [.. PolicyInventory.Of(loaded.Snapshot)];
    }
}
