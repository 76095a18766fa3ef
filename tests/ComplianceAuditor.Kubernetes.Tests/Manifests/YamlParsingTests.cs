using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

public sealed class YamlParsingTests
{
    [Fact]
    public void Multi_document_stream_reads_every_document_and_numbers_them_from_one()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
            ---
            ---
            # only a comment
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              namespace: shop
            """);

        result.AssertClean();
        Assert.Equal(new SourceLocation("test.yaml", 1, 1, 1), result.Snapshot.Namespaces.Single().Metadata.Source);
        Assert.Equal(new SourceLocation("test.yaml", 4, 9, 1), result.Snapshot.Pods.Single().Metadata.Source);
    }

    [Fact]
    public void Empty_text_and_comment_only_files_give_nothing()
    {
        Loading.Yaml(string.Empty).AssertClean();
        Loading.Yaml("# nothing here\n").AssertClean();
        Loading.Yaml("---\n...\n---\n~\n").AssertClean();
    }

    [Fact]
    public void Anchors_and_aliases_are_resolved()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels: &labels
                app: web
                tier: &tier front
            spec:
              containers:
              - name: c
                ports: [{containerPort: 80, name: *tier}]
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: api
              labels: {app: api}
            """);

        result.AssertClean();
        var web = result.Snapshot.Pods[0];
        Assert.Equal(LabelSet.Of(("app", "web"), ("tier", "front")), web.Metadata.Labels);
        Assert.Equal("front", web.ContainerPorts.Single().Name);
    }

    [Fact]
    public void An_alias_to_an_anchor_of_another_document_is_unknown()
    {
        var result = Loading.Yaml("""
            a: &x {app: web}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels: *x
            """);

        var error = result.SingleProblem();
        Assert.Equal("unknown alias '*x': no complete node with anchor '&x' precedes it", error.Message);
        Assert.Equal("metadata.labels", error.FieldPath);
        error.AssertAt("test.yaml", 2, 7, 11);
        Assert.Empty(result.Snapshot.Pods);
    }

    [Fact]
    public void Merge_keys_merge_as_kubectl_does_and_explicit_keys_win()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                <<: [{app: web, tier: back}, {app: other, env: prod}]
                tier: front
            """);

        result.AssertClean();
        Assert.Equal(LabelSet.Of(("app", "web"), ("env", "prod"), ("tier", "front")), result.Snapshot.Pods.Single().Metadata.Labels);
    }

    [Fact]
    public void A_merge_key_reuses_an_anchored_selector()
    {
        var result = Loading.Yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: np, namespace: shop}
            spec:
              podSelector: &web {matchLabels: {app: web}}
              ingress:
              - from:
                - podSelector: {<<: *web}
            """);

        result.AssertClean();
        var spec = result.Snapshot.NetworkPolicies.Single().Spec;
        Assert.Equal(spec.PodSelector, spec.IngressRules.Single().Peers!.Value.Single().PodSelector);
    }

    [Fact]
    public void A_merge_key_with_a_scalar_value_is_an_error_and_the_object_is_left_out()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                <<: web
                tier: front
            """);

        var error = result.SingleProblem();
        Assert.Equal("a merge key ('<<') takes a mapping or a sequence of mappings, found string 'web'", error.Message);
        error.AssertAt("test.yaml", 1, 6, 9);
        Assert.Empty(result.Snapshot.Pods);
        var summary = Assert.Single(result.Warnings(), d => d.Message.StartsWith("left out", StringComparison.Ordinal));
        Assert.Equal("Pod default/web", summary.ObjectRef);
    }

    [Fact]
    public void A_quoted_double_angle_key_is_an_ordinary_key()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                "<<": fine
            """);

        result.AssertClean();
        Assert.Single(result.Snapshot.Pods);
    }

    [Fact]
    public void A_duplicate_key_is_an_error_naming_both_positions()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                app: web
                app: api
            """);

        var error = result.SingleProblem();
        Assert.Equal("duplicate key 'app' (first at line 6, column 5)", error.Message);
        Assert.Equal("metadata.labels.app", error.FieldPath);
        error.AssertAt("test.yaml", 1, 7, 5);
        Assert.Empty(result.Snapshot.Pods);
    }

    [Fact]
    public void A_duplicate_key_in_an_ignored_kind_is_still_an_error()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: c}
            data: {a: "1", a: "2"}
            """);

        Assert.Equal("duplicate key 'a' (first at line 4, column 8)", result.SingleProblem().Message);
    }

    [Fact]
    public void Duplicate_keys_are_found_in_large_mappings_too()
    {
        var labels = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"    k{i}: v")) + "\n    k7: again";
        var result = Loading.Yaml($"apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n{labels}\n");

        var error = result.SingleProblem();
        Assert.Equal("duplicate key 'k7' (first at line 13, column 5)", error.Message);
        error.AssertAt("test.yaml", 1, 46, 5);
    }

    [Fact]
    public void A_syntax_error_names_file_document_and_position_and_keeps_earlier_documents()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: [web
              namespace: shop
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: never-read}
            """, "bad.yaml");

        var error = result.SingleProblem();
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("; the rest of the file is not read", error.Message, StringComparison.Ordinal);
        Assert.Equal("bad.yaml", error.Location!.File);
        Assert.Equal(2, error.Location.Document);
        Assert.Equal(9, error.Location.Line);
        Assert.Equal("shop", result.Snapshot.Namespaces.Single().Metadata.Name);
        Assert.Empty(result.Snapshot.Pods);
    }

    [Fact]
    public void Plain_scalars_resolve_like_json_and_quoted_ones_stay_strings()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                quoted: "1"
                single: 'true'
                tagged: !!str 2
                block: |-
                  three
                empty:
                tilde: ~
                word: "yes"
                letter: y
            """);

        result.AssertClean();
        var expected = LabelSet.Of(("quoted", "1"), ("single", "true"), ("tagged", "2"), ("block", "three"), ("empty", ""), ("tilde", ""), ("word", "yes"), ("letter", "y"));
        Assert.Equal(expected, result.Snapshot.Pods.Single().Metadata.Labels);
    }

    [Theory]
    [InlineData("1", "number 1")]
    [InlineData("1.5", "number 1.5")]
    [InlineData("0x1F", "number 0x1F")]
    [InlineData("-7", "number -7")]
    [InlineData("1e3", "number 1e3")]
    [InlineData(".inf", "number .inf")]
    [InlineData("true", "boolean true")]
    [InlineData("False", "boolean False")]
    [InlineData("yes", "boolean yes")]
    [InlineData("Off", "boolean Off")]
    public void A_plain_number_or_boolean_label_value_is_an_error(string value, string found)
    {
        var result = Loading.Yaml($"apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    version: {value}\n");

        var error = result.SingleProblem();
        Assert.Equal($"expected a string, found {found}; quote it", error.Message);
        Assert.Equal("metadata.labels.version", error.FieldPath);
        Assert.Equal("Pod default/web", error.ObjectRef);
        error.AssertAt("test.yaml", 1, 6, 14);
    }

    [Fact]
    public void A_non_scalar_key_is_an_error()
    {
        var result = Loading.Yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                ? [a, b]
                : c
            """);

        Assert.Equal("expected a scalar mapping key, found a sequence", result.SingleProblem().Message);
        Assert.Empty(result.Snapshot.Pods);
    }
}
