using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

public sealed class DuplicateObjectTests : IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("manifests-");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public void The_same_object_in_two_files_is_an_error_naming_both_places_and_the_first_is_kept()
    {
        var first = Write("a.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop, labels: {v: one}}\n");
        var second = Write("b.yaml", "# again\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop, labels: {v: two}}\n");

        var result = ManifestLoader.Load([temp.FullName]);

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal($"duplicate Pod shop/web: first defined at {first}:1:1 (document 1); this one is left out of the snapshot", error.Message);
        Assert.Equal("Pod shop/web", error.ObjectRef);
        Assert.Equal(new SourceLocation(second, 1, 3, 1), error.Location);
        Assert.Equal("one", result.Snapshot.Pods.Single().Metadata.Labels.Single().Value);
    }

    [Fact]
    public void The_default_namespace_written_or_not_is_the_same_namespace()
    {
        var result = Loading.Yaml("apiVersion: v1\nkind: Pod\nmetadata: {name: web}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: default}\n");

        Assert.StartsWith("duplicate Pod default/web: first defined at test.yaml:1:1 (document 1)", result.SingleProblem().Message, StringComparison.Ordinal);
        Assert.Single(result.Snapshot.Pods);
    }

    [Fact]
    public void Same_name_in_another_kind_or_namespace_is_not_a_duplicate()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: a}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: b}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: a}
            ---
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata: {name: web, namespace: a}
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: web}
            """);

        result.AssertClean();
        Assert.Equal(2, result.Snapshot.Pods.Length);
        Assert.Equal(2, result.Snapshot.Workloads.Length);
    }

    [Fact]
    public void Duplicate_namespaces_and_policies_are_errors_too()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: List
            items:
            - {apiVersion: v1, kind: Namespace, metadata: {name: shop}}
            - {apiVersion: v1, kind: Namespace, metadata: {name: shop}}
            - {apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: np, namespace: shop}, spec: {}}
            - {apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: np, namespace: shop}, spec: {}}
            """);

        var errors = result.Errors();
        Assert.Equal(2, errors.Count);
        Assert.Equal("duplicate Namespace shop: first defined at test.yaml:4:3 (document 1); this one is left out of the snapshot", errors[0].Message);
        errors[0].AssertAt("test.yaml", 1, 5, 3);
        Assert.Equal("NetworkPolicy shop/np", errors[1].ObjectRef);
        Assert.Single(result.Snapshot.Namespaces);
        Assert.Single(result.Snapshot.NetworkPolicies);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(temp.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
