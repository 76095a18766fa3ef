using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

public sealed class ListTests
{
    [Fact]
    public void A_list_yields_its_items_placed_in_the_lists_document()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop}
            ---
            apiVersion: v1
            kind: List
            metadata:
              resourceVersion: ""
            items:
            - apiVersion: v1
              kind: Pod
              metadata: {name: web, namespace: shop}
            - apiVersion: networking.k8s.io/v1
              kind: NetworkPolicy
              metadata: {name: deny, namespace: shop}
              spec: {}
            """);

        result.AssertClean();
        Assert.Equal(new SourceLocation("test.yaml", 2, 10, 3), result.Snapshot.Pods.Single().Metadata.Source);
        Assert.Equal(new SourceLocation("test.yaml", 2, 13, 3), result.Snapshot.NetworkPolicies.Single().Metadata.Source);
    }

    [Fact]
    public void Items_of_a_typed_list_take_kind_and_api_version_from_the_list()
    {
        var result = Loading.Json("""
            {"kind": "PodList", "apiVersion": "v1", "metadata": {"resourceVersion": "123"},
             "items": [
               {"metadata": {"name": "a", "namespace": "shop"}, "status": {"podIP": "10.0.0.1"}},
               {"metadata": {"name": "b", "namespace": "shop"}}
             ]}
            """);

        result.AssertClean();
        Assert.Equal(["a", "b"], result.Snapshot.Pods.Select(p => p.Metadata.Name));
        Assert.Equal(new SourceLocation("test.json", 1, 3, 4), result.Snapshot.Pods[0].Metadata.Source);
    }

    [Fact]
    public void A_typed_list_whose_kind_follows_its_items_is_read_too()
    {
        var result = Loading.Json("""
            {"apiVersion": "networking.k8s.io/v1",
             "items": [{"metadata": {"name": "deny", "namespace": "shop"}, "spec": {"podSelector": {}}}],
             "kind": "NetworkPolicyList"}
            """);

        result.AssertClean();
        Assert.Equal("shop/deny", result.Snapshot.NetworkPolicies.Single().Metadata.QualifiedName);
    }

    [Fact]
    public void Kubectl_style_list_with_kind_after_items_reads_self_describing_items()
    {
        var result = Loading.Json("""
            {"apiVersion": "v1",
             "items": [
               {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}},
               {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}}
             ],
             "kind": "List",
             "metadata": {"resourceVersion": ""}}
            """);

        result.AssertClean();
        Assert.Single(result.Snapshot.Namespaces);
        Assert.Equal(WorkloadKind.Deployment, result.Snapshot.Workloads.Single().Kind);
    }

    [Fact]
    public void Lists_nested_in_lists_are_read()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: NamespaceList
              items:
              - metadata: {name: a}
              - metadata: {name: b}
            - apiVersion: v1
              kind: List
              items:
              - {apiVersion: v1, kind: Namespace, metadata: {name: c}}
            """);

        result.AssertClean();
        Assert.Equal(["a", "b", "c"], result.Snapshot.Namespaces.Select(n => n.Metadata.Name));
        Assert.Equal(new SourceLocation("test.yaml", 1, 7, 5), result.Snapshot.Namespaces[0].Metadata.Source);
    }

    [Fact]
    public void An_item_of_an_untyped_list_without_kind_is_not_an_object()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: List
            items:
            - metadata: {name: a}
            - just text
            """);

        Assert.False(result.HasErrors);
        var warnings = result.Warnings();
        Assert.Equal(2, warnings.Count);
        Assert.Equal("not a Kubernetes object (no kind and no apiVersion); ignored", warnings[0].Message);
        warnings[0].AssertAt("test.yaml", 1, 4, 3);
        Assert.Equal("list item is not a Kubernetes object (expected a mapping, found string 'just text'); ignored", warnings[1].Message);
        warnings[1].AssertAt("test.yaml", 1, 5, 3);
    }

    [Fact]
    public void Items_of_a_root_that_is_not_a_list_are_not_objects()
    {
        var result = Loading.Yaml("""
            apiVersion: example.com/v1
            kind: Inventory
            metadata: {name: inv}
            items:
            - {apiVersion: v1, kind: Pod, metadata: {name: not-a-pod}}
            ---
            items:
            - {apiVersion: v1, kind: Pod, metadata: {name: not-a-pod-either}}
            """);

        Assert.Empty(result.Snapshot.Pods);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("not a Kubernetes object (no kind and no apiVersion); ignored", warning.Message);
        warning.AssertAt("test.yaml", 2, 7, 1);
    }

    [Fact]
    public void Errors_in_a_dropped_list_are_dropped_with_it_but_parse_errors_stay()
    {
        var result = Loading.Yaml("""
            items:
            - {apiVersion: v1, kind: Pod, metadata: {name: Not_Valid, labels: {a: b, a: c}}}
            """);

        var error = result.SingleProblem();
        Assert.Equal("duplicate key 'a' (first at line 2, column 68)", error.Message);
        Assert.Equal("items[0].metadata.labels.a", error.FieldPath);
    }

    [Fact]
    public void A_list_included_twice_through_an_alias_is_read_once()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: List
            items:
            - &inner
              apiVersion: v1
              kind: List
              items:
              - {apiVersion: v1, kind: Namespace, metadata: {name: a}}
            - *inner
            """);

        Assert.Single(result.Snapshot.Namespaces);
        var error = result.SingleProblem();
        Assert.Equal("these items are included again through an alias; they are read once", error.Message);
        Assert.Equal("items", error.FieldPath);
    }

    [Fact]
    public void List_items_that_are_not_a_sequence_are_an_error()
    {
        var result = Loading.Yaml("apiVersion: v1\nkind: List\nitems: {a: b}\n");

        var error = result.SingleProblem();
        Assert.Equal("expected a sequence of objects, found a mapping", error.Message);
        error.AssertAt("test.yaml", 1, 3, 8);
    }
}
