using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Reports.Tests;

internal static class Fixtures
{
    public static ClusterSnapshot Load(string yaml)
    {
        var result = ManifestLoader.LoadText("test.yaml", yaml);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Snapshot;
    }

    /// <summary>Two namespaces; db admits api on 5432 only; web is unrestricted; an external block reaches api.</summary>
    public const string Shop = """
        apiVersion: v1
        kind: Pod
        metadata: {name: api, namespace: shop, labels: {app: api}}
        spec:
          containers:
          - name: api
            ports: [{name: http, containerPort: 8080}]
        status: {podIP: 10.0.0.1}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: db, namespace: data, labels: {app: db}}
        status: {podIP: 10.0.0.2}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: db, namespace: data}
        spec:
          podSelector: {matchLabels: {app: db}}
          ingress:
          - from:
            - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: shop}}
            ports: [{port: 5432}]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: api, namespace: shop}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock: {cidr: 198.51.100.0/24}
            ports: [{port: http}]
        """;
}
