using ComplianceAuditor.Kubernetes.Live;

namespace ComplianceAuditor.Kubernetes.Tests.Live;

public sealed class ClusterConnectionTests
{
    [Fact]
    public void In_cluster_only_outside_a_pod_fails_instead_of_falling_back_to_a_kubeconfig()
    {
        // Tests never run in a pod. Without the flag the same options look for a kubeconfig
        // ($KUBECONFIG, ~/.kube/config) and either use it or say "no kubeconfig at": neither may happen.
        Assert.False(k8s.KubernetesClientConfiguration.IsInCluster());

        var error = Assert.Throws<LiveClusterException>(() => ClusterConnection.Open(new LiveOptions { InClusterOnly = true }));

        Assert.Contains("not running in a pod", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("kubeconfig at", error.Message, StringComparison.Ordinal);
    }
}
