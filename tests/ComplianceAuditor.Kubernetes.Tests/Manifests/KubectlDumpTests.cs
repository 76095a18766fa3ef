using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

/// <summary>Hand-written dumps shaped like real <c>kubectl get</c> and raw API output.</summary>
public sealed class KubectlDumpTests
{
    [Fact]
    public void A_kubectl_get_all_namespaces_yaml_dump_loads_every_object()
    {
        var file = Loading.TestData("manifests", "kubectl-dump", "get-pods-netpol-ns.yaml");

        var result = ManifestLoader.Load([file]);

        result.AssertClean();
        var snapshot = result.Snapshot;
        Assert.Equal(["shop/web-6c9f8d7b5-x7k2p", "shop/report-28577280-q9z8w", "kube-system/kube-proxy-4xq2m"], snapshot.Pods.Select(p => p.Metadata.QualifiedName));
        Assert.Equal(["shop/web-allow-frontend", "shop/default-deny-egress"], snapshot.NetworkPolicies.Select(p => p.Metadata.QualifiedName));
        Assert.Equal(["shop", "kube-system"], snapshot.Namespaces.Select(n => n.Metadata.Name));
        Assert.Empty(snapshot.Workloads);

        var web = snapshot.Pods[0];
        Assert.Equal(new SourceLocation(file, 1, 3, 3), web.Metadata.Source);
        Assert.Equal("7d3e2a10-8a1b-4c55-b8f0-5d1c2e3f4a5b", web.Metadata.Uid);
        Assert.Equal("Running", web.Phase);
        Assert.Equal("worker-1", web.NodeName);
        Assert.False(web.HostNetwork);
        Assert.Equal([IpAddress.Parse("10.244.1.17"), IpAddress.Parse("fd00:10:244:1::11")], web.PodIPs.ToArray());
        Assert.Equal([new ContainerPort("http", Protocol.TCP, 8080), new ContainerPort("metrics", Protocol.TCP, 9113)], web.ContainerPorts.ToArray());
        Assert.Equal("web", web.Metadata.Labels.Single(l => l.Key == "app.kubernetes.io/name").Value);
        Assert.Equal(new OwnerReference("ReplicaSet", "web-6c9f8d7b5", "0b6f1c4e-54a5-4d5e-9a55-2f1f5d0f6a11"), web.Metadata.OwnerReferences.Single());

        Assert.True(snapshot.Pods[1].IsFinished);
        Assert.True(snapshot.Pods[2].HostNetwork);

        var allowFrontend = snapshot.NetworkPolicies[0].Spec;
        Assert.Equal(LabelSelector.MatchingLabels(("app.kubernetes.io/name", "web")), allowFrontend.PodSelector);
        Assert.Equal([PolicyType.Ingress], allowFrontend.PolicyTypes!.Value.ToArray());
        Assert.Equal("http", allowFrontend.Ingress!.Value.Single().Ports!.Value.Single().PortName);

        var denyEgress = snapshot.NetworkPolicies[1].Spec;
        Assert.True(denyEgress.AffectsEgress);
        Assert.False(denyEgress.AffectsIngress);
        var ipBlock = denyEgress.Egress!.Value[1].Peers!.Value.Single().IpBlock!;
        Assert.Equal(["10.0.0.0/8", "169.254.169.254/32"], ipBlock.Except.Select(e => e.Text));

        Assert.Equal(LabelSet.Of(("kubernetes.io/metadata.name", "shop"), ("pci", "in-scope")), snapshot.Namespaces[0].Metadata.Labels);
    }

    [Fact]
    public void A_raw_api_pod_list_with_kind_less_items_loads()
    {
        var file = Loading.TestData("manifests", "kubectl-dump", "raw-podlist.json");

        var result = ManifestLoader.Load([file]);

        result.AssertClean();
        var pods = result.Snapshot.Pods;
        Assert.Equal(["shop/api-5f6d7c8b9-abcde", "shop/pending-0"], pods.Select(p => p.Metadata.QualifiedName));
        Assert.Equal(new SourceLocation(file, 1, 8, 5), pods[0].Metadata.Source);
        Assert.Equal([new ContainerPort("grpc", Protocol.TCP, 9090), new ContainerPort("gossip", Protocol.UDP, 7946)], pods[0].ContainerPorts.ToArray());
        Assert.Equal(IpAddress.Parse("10.244.1.18"), pods[0].PodIPs.Single());
        Assert.Equal("Pending", pods[1].Phase);
        Assert.Empty(pods[1].PodIPs);
    }
}
