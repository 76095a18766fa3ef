namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

public sealed class KindTests
{
    [Fact]
    public void Unrelated_kinds_are_ignored_silently()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec: {ports: [{port: 80}]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: web}
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: Not_A_Valid_Name}
            ---
            apiVersion: batch.volcano.sh/v1alpha1
            kind: Job
            metadata: {name: someone-elses-job}
            ---
            apiVersion: example.com/v1
            kind: Deployment
            metadata: {name: a-custom-resource-sharing-the-name}
            """);

        result.AssertClean();
        Assert.Empty(result.Snapshot.Workloads);
    }

    [Theory]
    [InlineData("crd.projectcalico.org/v1", "NetworkPolicy", "shop", "NetworkPolicy shop/p")]
    [InlineData("crd.projectcalico.org/v1", "GlobalNetworkPolicy", null, "GlobalNetworkPolicy p")]
    [InlineData("projectcalico.org/v3", "StagedNetworkPolicy", "shop", "StagedNetworkPolicy shop/p")]
    [InlineData("cilium.io/v2", "CiliumNetworkPolicy", "shop", "CiliumNetworkPolicy shop/p")]
    [InlineData("cilium.io/v2", "CiliumClusterwideNetworkPolicy", null, "CiliumClusterwideNetworkPolicy p")]
    [InlineData("policy.networking.k8s.io/v1alpha1", "AdminNetworkPolicy", null, "AdminNetworkPolicy p")]
    [InlineData("policy.networking.k8s.io/v1alpha1", "BaselineAdminNetworkPolicy", null, "BaselineAdminNetworkPolicy p")]
    [InlineData("policy.networking.k8s.io/v1alpha2", "ClusterNetworkPolicy", null, "ClusterNetworkPolicy p")]
    public void Policies_of_other_engines_are_a_warning_naming_the_object(string apiVersion, string kind, string? ns, string objectRef)
    {
        var namespaceLine = ns is null ? string.Empty : $"\n  namespace: {ns}";
        var result = Loading.Yaml($"apiVersion: {apiVersion}\nkind: {kind}\nmetadata:\n  name: p{namespaceLine}\nspec: {{}}\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal($"{objectRef} ({apiVersion}) is not evaluated: reachability covers Kubernetes NetworkPolicy only", warning.Message);
        Assert.Equal(objectRef, warning.ObjectRef);
        warning.AssertAt("test.yaml", 1, 1, 1);
        Assert.Empty(result.Snapshot.NetworkPolicies);
    }

    [Fact]
    public void Calico_kinds_without_policy_in_the_name_are_ignored()
    {
        Loading.Yaml("apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: pool}\n").AssertClean();
    }

    [Theory]
    [InlineData("extensions/v1beta1", "NetworkPolicy", "networking.k8s.io/v1")]
    [InlineData("networking.k8s.io/v1beta1", "NetworkPolicy", "networking.k8s.io/v1")]
    [InlineData("batch/v1beta1", "CronJob", "batch/v1")]
    [InlineData("apps/v1beta2", "Deployment", "apps/v1")]
    [InlineData("extensions/v1beta1", "DaemonSet", "apps/v1")]
    [InlineData("v2", "Pod", "v1")]
    [InlineData("apps/v1", "Pod", "v1")]
    [InlineData("policy.networking.k8s.io/v1alpha1", "NetworkPolicy", "networking.k8s.io/v1")]
    public void A_read_kind_in_another_version_of_its_api_is_an_error(string apiVersion, string kind, string expected)
    {
        var result = Loading.Yaml($"kind: {kind}\napiVersion: {apiVersion}\nmetadata: {{name: x, namespace: shop}}\nspec: {{}}\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal($"{kind} is read only as {expected}; found {apiVersion}", error.Message);
        Assert.Equal($"{kind} shop/x", error.ObjectRef);
        Assert.Equal("apiVersion", error.FieldPath);
        error.AssertAt("test.yaml", 1, 2, 13);
        Assert.True(result.Snapshot.NetworkPolicies.IsEmpty && result.Snapshot.Workloads.IsEmpty && result.Snapshot.Pods.IsEmpty);
    }

    [Theory]
    [InlineData("Pod", "v1")]
    [InlineData("NetworkPolicy", "networking.k8s.io/v1")]
    [InlineData("CronJob", "batch/v1")]
    public void A_read_kind_without_apiVersion_is_an_error_not_silently_ignored(string kind, string apiVersion)
    {
        var result = Loading.Yaml($"kind: {kind}\nmetadata: {{name: a, namespace: x}}\nspec: {{}}\n");

        var error = Assert.Single(result.Errors());
        Assert.Equal($"apiVersion is missing; {kind} is read as {apiVersion}", error.Message);
        Assert.Equal($"{kind} x/a", error.ObjectRef);
        error.AssertAt("test.yaml", 1, 1, 1);
    }

    [Theory]
    [InlineData("- a\n- b\n", "not a Kubernetes object (expected a mapping, found a sequence); ignored")]
    [InlineData("hello\n", "not a Kubernetes object (expected a mapping, found string 'hello'); ignored")]
    [InlineData("kind: ConfigMap\nmetadata: {name: a}\n", "not a Kubernetes object (no apiVersion); ignored")]
    [InlineData("apiVersion: v1\nmetadata: {name: a}\n", "not a Kubernetes object (no kind); ignored")]
    [InlineData("replicas: 3\n", "not a Kubernetes object (no kind and no apiVersion); ignored")]
    public void A_document_that_is_not_an_object_is_a_warning(string text, string message)
    {
        var result = Loading.Yaml(text);

        var warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal(message, warning.Message);
        warning.AssertAt("test.yaml", 1, 1, 1);
    }

    [Fact]
    public void A_kind_that_is_not_a_string_is_an_error()
    {
        var result = Loading.Yaml("apiVersion: v1\nkind: 5\n");

        var error = result.SingleProblem();
        Assert.Equal("expected a string, found number 5; quote it", error.Message);
        Assert.Equal("kind", error.FieldPath);
    }
}
