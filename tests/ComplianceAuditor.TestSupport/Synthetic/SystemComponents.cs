using System.Collections.Immutable;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Ports;
using L = ComplianceAuditor.TestSupport.Synthetic.WellKnownLabels;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// The parts every cluster has and application policies refer to: kube-dns, an ingress controller,
/// Prometheus, and per-node agents (some on the host network). Replica counts grow with the
/// cluster as operators scale them.
/// </summary>
internal static class SystemComponents
{
    public static void Add(GeneratorContext context, WorkloadFactory factory)
    {
        foreach (var name in SystemNamespaces.All)
        {
            var labels = LabelSet.Of((L.NamespaceName, name));
            context.Namespaces.Add(new NamespaceObject(context.Meta("", name, labels)));
        }

        var pods = context.Options.Pods;
        KubeSystem(factory, pods);
        IngressNginx(factory, pods);
        Monitoring(factory);

        factory.Begin(SystemNamespaces.Logging, isDualStack: false);
        factory.DaemonSet("fluent-bit", LabelSet.Of((L.Name, "fluent-bit"), (L.Component, "logging")), [AppProfile.Tcp("http", 2020)], hostNetwork: false);

        factory.Begin(SystemNamespaces.Default, isDualStack: false);
        factory.StandalonePod("debug-shell", LabelSet.Of(("run", "debug-shell")), []);
    }

    private static void KubeSystem(WorkloadFactory factory, int pods)
    {
        factory.Begin(SystemNamespaces.KubeSystem, isDualStack: false);
        ImmutableArray<ContainerPort> dnsPorts =
            [new("dns", Protocol.UDP, 53), new("dns-tcp", Protocol.TCP, 53), AppProfile.Tcp("metrics", 9153)];
        factory.Deployment("coredns", LabelSet.Of((L.K8sApp, "kube-dns")), dnsPorts, 2 + (pods / 20_000));
        factory.Deployment("metrics-server", LabelSet.Of((L.K8sApp, "metrics-server")), [AppProfile.Tcp("https", 10250)], 1);
        factory.DaemonSet("kube-proxy", LabelSet.Of((L.K8sApp, "kube-proxy")), [], hostNetwork: true);
    }

    private static void IngressNginx(WorkloadFactory factory, int pods)
    {
        factory.Begin(SystemNamespaces.IngressNginx, isDualStack: false);
        var labels = LabelSet.Of((L.Name, "ingress-nginx"), (L.Component, "controller"), ("app.kubernetes.io/instance", "ingress-nginx"));
        ImmutableArray<ContainerPort> ports = [AppProfile.Tcp("http", 80), AppProfile.Tcp("https", 443), AppProfile.Tcp("metrics", 10254)];
        factory.Deployment("ingress-nginx-controller", labels, ports, 2 + (pods / 25_000));

        // The admission webhook's setup Job ran once at install and finished: a Job peer of its own.
        var admission = LabelSet.Of((L.Name, "ingress-nginx"), (L.Component, "admission-webhook"));
        factory.Job("ingress-nginx-admission-create", admission, [], "Succeeded");
    }

    private static void Monitoring(WorkloadFactory factory)
    {
        factory.Begin(SystemNamespaces.Monitoring, isDualStack: false);
        factory.StatefulSet("prometheus-k8s", LabelSet.Of((L.Name, "prometheus"), ("prometheus", "k8s")), [AppProfile.Tcp("web", 9090)], 2);
        factory.StatefulSet("alertmanager-main", LabelSet.Of((L.Name, "alertmanager"), ("alertmanager", "main")), [AppProfile.Tcp("web", 9093)], 3);
        factory.Deployment("grafana", LabelSet.Of((L.Name, "grafana")), [AppProfile.Tcp("http", 3000)], 1);
        factory.Deployment("kube-state-metrics", LabelSet.Of((L.Name, "kube-state-metrics")), [AppProfile.Tcp("http-metrics", 8080)], 1);
        factory.DaemonSet("node-exporter", LabelSet.Of((L.Name, "node-exporter")), [AppProfile.Tcp("metrics", 9100)], hostNetwork: true);
    }
}
