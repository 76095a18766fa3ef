using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Controls.Tests.Evaluation;

/// <summary>Small clusters and catalogs for evaluation tests, written as a user would write them.</summary>
internal static class Clusters
{
    public static readonly DateTimeOffset AuditTime = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A CDE namespace (default deny, db admits the api) and an out-of-scope namespace with no policy.</summary>
    public const string Cde = """
        apiVersion: v1
        kind: Namespace
        metadata: {name: payments, labels: {compliance-auditor.io/zone: cde}}
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: analytics, labels: {compliance-auditor.io/zone: out-of-scope}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: api, namespace: payments, labels: {app: api}}
        status: {podIP: 10.0.0.1}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: db-0, namespace: payments, labels: {app: db, compliance-auditor.io/data-store: chd}}
        status: {podIP: 10.0.0.2}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: report, namespace: analytics, labels: {app: report}}
        status: {podIP: 10.0.1.1}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: default-deny, namespace: payments}
        spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: db, namespace: payments}
        spec:
          podSelector: {matchLabels: {app: db}}
          ingress:
          - from: [{podSelector: {matchLabels: {app: api}}}]
            ports: [{port: 5432}]
          - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: analytics}}}]
            ports: [{port: 5432}]
        """;

    public const string Catalog = """
        apiVersion: compliance-auditor.io/v1alpha1
        kind: ControlCatalog
        framework: {id: test, name: Test, version: "1"}
        controls:
        - id: iso
          title: CDE isolated from out-of-scope
          description: What this check proves; what it cannot.
          severity: critical
          checks:
          - {type: zone-isolation, from: [out-of-scope, untrusted], to: [cde]}
        - id: deny
          title: Default deny
          description: d
          severity: medium
          checks:
          - {type: default-deny, zones: [cde, out-of-scope]}
        - id: clearing
          title: Clearinghouse
          description: d
          severity: high
          checks:
          - {type: default-deny, zones: [clearinghouse]}
        """;

    public static ClusterSnapshot Load(string yaml)
    {
        var result = ManifestLoader.LoadText("cluster.yaml", yaml);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Snapshot;
    }

    public static ControlCatalog Catalog_(string text)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = CatalogLoader.Parse("catalog.yaml", text, ScopeDefinition.Default, diagnostics);
        Assert.True(catalog is not null, string.Join("\n", diagnostics.Items));
        return catalog!;
    }

    public static AuditResult Audit(string cluster, string catalog, params Controls.Waivers.Waiver[] waivers) =>
        Auditor.Run(new AuditContext(Load(cluster), ScopeDefinition.Default, AuditTime), [Catalog_(catalog)], waivers);
}
