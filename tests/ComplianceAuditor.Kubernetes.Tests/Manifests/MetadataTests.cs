using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

public sealed class MetadataTests
{
    private static string Pod(string metadata) => $"apiVersion: v1\nkind: Pod\nmetadata:\n{metadata}\n";

    [Fact]
    public void An_object_without_a_namespace_is_in_default()
    {
        var result = Loading.Yaml(Pod("  name: web") + "---\n" + Pod("  name: api\n  namespace: \"\""));

        result.AssertClean();
        Assert.All(result.Snapshot.Pods, p => Assert.Equal("default", p.Metadata.Namespace));
    }

    [Fact]
    public void A_namespace_object_ignores_metadata_namespace()
    {
        var result = Loading.Yaml("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  namespace: Whatever_Ignored\n  labels: {pci: \"true\"}\n");

        result.AssertClean();
        var ns = result.Snapshot.Namespaces.Single();
        Assert.Equal("shop", ns.Metadata.Name);
        Assert.Equal(string.Empty, ns.Metadata.Namespace);
        Assert.Equal(LabelSet.Of(("pci", "true")), ns.Metadata.Labels);
    }

    [Fact]
    public void Uid_labels_and_owner_references_are_read()
    {
        var result = Loading.Yaml(Pod("""
              name: web-7d4f-abcde
              namespace: shop
              uid: 1111-2222
              labels: {app.kubernetes.io/name: web, tier: "", x_y.z: A-1}
              ownerReferences:
              - {apiVersion: apps/v1, kind: ReplicaSet, name: web-7d4f, uid: "3333", controller: true}
              - {kind: Job, name: batch}
            """));

        result.AssertClean();
        var metadata = result.Snapshot.Pods.Single().Metadata;
        Assert.Equal("1111-2222", metadata.Uid);
        Assert.Equal(LabelSet.Of(("app.kubernetes.io/name", "web"), ("tier", ""), ("x_y.z", "A-1")), metadata.Labels);
        Assert.Equal([new OwnerReference("ReplicaSet", "web-7d4f", "3333"), new OwnerReference("Job", "batch", null)], metadata.OwnerReferences.ToArray());
    }

    [Fact]
    public void A_missing_name_is_an_error()
    {
        var result = Loading.Yaml("apiVersion: v1\nkind: Pod\nmetadata:\n  namespace: shop\n");

        var error = result.SingleProblem();
        Assert.Equal("metadata.name is required", error.Message);
        Assert.Equal("metadata.name", error.FieldPath);
        Assert.Equal("Pod (unnamed)", error.ObjectRef);
        error.AssertAt("test.yaml", 1, 4, 3);
        Assert.Empty(result.Snapshot.Pods);
    }

    [Fact]
    public void Generate_name_is_not_a_name()
    {
        var result = Loading.Yaml("apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: web-\n");

        Assert.Equal(
            "metadata.name is required (generateName is not supported: the object has no name until the API server creates it)",
            result.SingleProblem().Message);
    }

    [Fact]
    public void A_missing_metadata_is_a_missing_name()
    {
        var result = Loading.Yaml("apiVersion: v1\nkind: Pod\nspec: {}\n");

        var error = result.SingleProblem();
        Assert.Equal("metadata.name is required", error.Message);
        error.AssertAt("test.yaml", 1, 1, 1);
    }

    [Theory]
    [InlineData("Web", "invalid name 'Web': expected an RFC 1123 subdomain: at most 253 characters of lowercase a-z, 0-9, '-' and '.', each dot-separated part starting and ending with a letter or digit")]
    [InlineData("web_1", "invalid name 'web_1': expected an RFC 1123 subdomain: at most 253 characters of lowercase a-z, 0-9, '-' and '.', each dot-separated part starting and ending with a letter or digit")]
    [InlineData("web..1", "invalid name 'web..1': expected an RFC 1123 subdomain: at most 253 characters of lowercase a-z, 0-9, '-' and '.', each dot-separated part starting and ending with a letter or digit")]
    [InlineData("-web", "invalid name '-web': expected an RFC 1123 subdomain: at most 253 characters of lowercase a-z, 0-9, '-' and '.', each dot-separated part starting and ending with a letter or digit")]
    public void An_invalid_object_name_is_an_error(string name, string message)
    {
        var result = Loading.Yaml(Pod($"  name: {name}\n  namespace: shop"));

        var error = result.SingleProblem();
        Assert.Equal(message, error.Message);
        Assert.Equal("metadata.name", error.FieldPath);
        Assert.Equal($"Pod shop/{name}", error.ObjectRef);
        error.AssertAt("test.yaml", 1, 4, 9);
    }

    [Fact]
    public void Object_names_may_be_dotted_and_up_to_253_characters()
    {
        var longName = string.Join(".", Enumerable.Repeat(new string('a', 49), 5)) + "-abc";
        Assert.Equal(253, longName.Length);
        Loading.Yaml(Pod($"  name: {longName}")).AssertClean();

        var error = Loading.Yaml(Pod($"  name: {longName}x")).SingleProblem();
        Assert.StartsWith($"invalid name '{longName}x' (254 characters): expected an RFC 1123 subdomain", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shop.prod")]
    [InlineData("Shop")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123x")]
    public void A_namespace_name_must_be_an_rfc_1123_label(string name)
    {
        var asNamespace = Loading.Yaml($"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {name}\n").SingleProblem();
        Assert.StartsWith($"invalid name '{name}'", asNamespace.Message, StringComparison.Ordinal);
        Assert.EndsWith("expected an RFC 1123 label: at most 63 characters of lowercase a-z, 0-9 and '-', starting and ending with a letter or digit", asNamespace.Message, StringComparison.Ordinal);
        Assert.Equal("metadata.name", asNamespace.FieldPath);

        var asField = Loading.Yaml(Pod($"  name: web\n  namespace: {name}")).SingleProblem();
        Assert.StartsWith($"invalid namespace name '{name}'", asField.Message, StringComparison.Ordinal);
        Assert.Equal("metadata.namespace", asField.FieldPath);
        asField.AssertAt("test.yaml", 1, 5, 14);
    }

    [Theory]
    [InlineData("a/b/c", "invalid label key 'a/b/c': expected a name, optionally preceded by a DNS subdomain prefix and '/'")]
    [InlineData("/x", "invalid label key '/x': expected a name, optionally preceded by a DNS subdomain prefix and '/'")]
    [InlineData("Example.com/x", "invalid label key 'Example.com/x': prefix 'Example.com' is not an RFC 1123 subdomain: at most 253 characters of lowercase a-z, 0-9, '-' and '.', each dot-separated part starting and ending with a letter or digit")]
    [InlineData("example.com/", "invalid label key 'example.com/': name part '' is not 1 to 63 characters of a-z, A-Z, 0-9, '-', '_' and '.', starting and ending with a letter or digit")]
    [InlineData("-app", "invalid label key '-app': name part '-app' is not 1 to 63 characters of a-z, A-Z, 0-9, '-', '_' and '.', starting and ending with a letter or digit")]
    [InlineData("'my app'", "invalid label key 'my app': name part 'my app' is not 1 to 63 characters of a-z, A-Z, 0-9, '-', '_' and '.', starting and ending with a letter or digit")]
    public void Invalid_label_keys_are_errors(string key, string message)
    {
        var result = Loading.Yaml(Pod($"  name: web\n  labels:\n    {key}: v"));

        var error = result.SingleProblem();
        Assert.Equal(message, error.Message);
        error.AssertAt("test.yaml", 1, 6, 5);
    }

    [Theory]
    [InlineData("'a b'", "a b")]
    [InlineData("-x", "-x")]
    [InlineData("x.", "x.")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123x", "a23456789012345678901234567890123456789012345678901234567890123x")]
    public void Invalid_label_values_are_errors(string written, string value)
    {
        var result = Loading.Yaml(Pod($"  name: web\n  labels:\n    app: {written}"));

        var error = result.SingleProblem();
        Assert.StartsWith($"invalid label value '{value}'", error.Message, StringComparison.Ordinal);
        Assert.Equal("metadata.labels.app", error.FieldPath);
        error.AssertAt("test.yaml", 1, 6, 10);
    }

    [Fact]
    public void Label_paths_bracket_keys_that_are_not_identifiers()
    {
        var error = Loading.Yaml(Pod("  name: web\n  labels:\n    app.kubernetes.io/version: 2")).SingleProblem();

        Assert.Equal("metadata.labels[app.kubernetes.io/version]", error.FieldPath);
    }

    [Fact]
    public void Owner_references_need_kind_and_name()
    {
        var result = Loading.Yaml(Pod("  name: web\n  ownerReferences:\n  - {name: rs}\n  - {kind: ReplicaSet, name: \"\"}"));

        var errors = result.Errors().Where(d => d.FieldPath is not null).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("kind is required", errors[0].Message);
        Assert.Equal("metadata.ownerReferences[0].kind", errors[0].FieldPath);
        errors[0].AssertAt("test.yaml", 1, 6, 5);
        Assert.Equal("name is required", errors[1].Message);
        Assert.Equal("metadata.ownerReferences[1].name", errors[1].FieldPath);
    }

    [Fact]
    public void A_name_that_is_a_number_is_an_error()
    {
        var error = Loading.Yaml(Pod("  name: 123")).SingleProblem();

        Assert.Equal("expected a string, found number 123; quote it", error.Message);
        Assert.Equal("metadata.name", error.FieldPath);
    }

    [Fact]
    public void Metadata_that_is_not_a_mapping_is_an_error()
    {
        var result = Loading.Yaml("apiVersion: v1\nkind: Pod\nmetadata: [web]\n");

        var problems = result.Errors().Where(d => !d.Message.StartsWith("left out", StringComparison.Ordinal)).ToList();
        Assert.Equal("expected a mapping, found a sequence", problems[0].Message);
        Assert.Equal("metadata", problems[0].FieldPath);
        Assert.Empty(result.Snapshot.Pods);
    }
}
