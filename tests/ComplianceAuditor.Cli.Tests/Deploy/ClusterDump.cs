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
}
