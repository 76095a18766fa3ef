namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>
/// The smallest cluster the auditor's manifests make sense in: kube-system with a kube-dns pod, and
/// a default namespace with an unrelated pod the auditor must not reach. The API server is not a
/// pod: the auditor reaches it through the ipBlock of its NetworkPolicy.
/// </summary>
internal static class ClusterDump
{
    public const string DnsPod = "kube-system/coredns-5d78c9869d-x7k2p";

    public const string OtherPod = "default/web-0";

    public const string PostgresPod = "databases/postgresql-0";

    public const string PrometheusPod = "monitoring/prometheus-0";

    public const string Yaml = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Namespace
          metadata: {name: kube-system, labels: {kubernetes.io/metadata.name: kube-system}}
        - apiVersion: v1
          kind: Namespace
          metadata: {name: default, labels: {kubernetes.io/metadata.name: default}}
        - apiVersion: v1
          kind: Pod
          metadata: {name: coredns-5d78c9869d-x7k2p, namespace: kube-system, labels: {k8s-app: kube-dns}}
          spec:
            containers:
            - name: coredns
              ports:
              - {name: dns, containerPort: 53, protocol: UDP}
              - {name: dns-tcp, containerPort: 53, protocol: TCP}
              - {name: metrics, containerPort: 9153, protocol: TCP}
          status: {phase: Running, podIP: 10.244.0.10, podIPs: [{ip: 10.244.0.10}]}
        - apiVersion: v1
          kind: Pod
          metadata: {name: web-0, namespace: default, labels: {app: web}}
          spec:
            containers:
            - name: web
              ports: [{containerPort: 8080}]
          status: {phase: Running, podIP: 10.244.1.20, podIPs: [{ip: 10.244.1.20}]}
        """;

    /// <summary>
    /// What `serve` talks to besides DNS and the API server, labelled as the placeholders of
    /// deploy/overlays/service/networkpolicies.yaml: PostgreSQL in `databases` and Prometheus in
    /// `monitoring`. Each also offers a port the auditor must not be given.
    /// </summary>
    public const string ServicePeers = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Namespace
          metadata: {name: databases, labels: {kubernetes.io/metadata.name: databases}}
        - apiVersion: v1
          kind: Namespace
          metadata: {name: monitoring, labels: {kubernetes.io/metadata.name: monitoring}}
        - apiVersion: v1
          kind: Pod
          metadata: {name: postgresql-0, namespace: databases, labels: {app.kubernetes.io/name: postgresql}}
          spec:
            containers:
            - name: postgresql
              ports:
              - {name: tcp-postgresql, containerPort: 5432}
              - {name: metrics, containerPort: 9187}
          status: {phase: Running, podIP: 10.244.2.30, podIPs: [{ip: 10.244.2.30}]}
        - apiVersion: v1
          kind: Pod
          metadata: {name: prometheus-0, namespace: monitoring, labels: {app.kubernetes.io/name: prometheus}}
          spec:
            containers:
            - name: prometheus
              ports: [{name: web, containerPort: 9090}]
          status: {phase: Running, podIP: 10.244.3.40, podIPs: [{ip: 10.244.3.40}]}
        """;
}
