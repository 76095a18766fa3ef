using System.Text;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

public sealed class JsonParsingTests
{
    [Fact]
    public void A_json_object_is_read_with_its_position()
    {
        var result = Loading.Json("""
            {
              "apiVersion": "v1",
              "kind": "Pod",
              "metadata": {"name": "web", "namespace": "shop", "labels": {"app": "w\u00e9b-x"}},
              "status": {"podIP": "10.0.0.1"}
            }
            """);

        var error = result.SingleProblem();
        Assert.Equal("invalid label value 'wéb-x': expected 1 to 63 characters of a-z, A-Z, 0-9, '-', '_' and '.', starting and ending with a letter or digit, or empty", error.Message);
        error.AssertAt("test.json", 1, 4, 70);
    }

    [Fact]
    public void Json_positions_count_characters_not_bytes()
    {
        var result = Loading.Json("""{"é": "ü", "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web", "labels": {"v": 1}}}""");

        result.SingleProblem().AssertAt("test.json", 1, 1, 91);
    }

    [Fact]
    public void A_duplicate_json_key_is_an_error()
    {
        var result = Loading.Json("""
            {"apiVersion": "v1", "kind": "Pod",
             "metadata": {"name": "web", "name": "api"}}
            """);

        var error = result.SingleProblem();
        Assert.Equal("duplicate key 'name' (first at line 2, column 15)", error.Message);
        Assert.Equal("metadata.name", error.FieldPath);
        error.AssertAt("test.json", 1, 2, 30);
        Assert.Empty(result.Snapshot.Pods);
    }

    [Fact]
    public void A_json_syntax_error_gives_line_and_column()
    {
        var result = Loading.Json("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Pod\"\n  \"metadata\": {}\n}\n");

        var error = result.SingleProblem();
        Assert.StartsWith("invalid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        error.AssertAt("test.json", 1, 4, 3);
    }

    [Fact]
    public void Several_top_level_values_are_several_documents()
    {
        var result = Loading.Json("""
            {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}}
            {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "b"}}
            """);

        result.AssertClean();
        Assert.Equal([1, 2], result.Snapshot.Namespaces.Select(n => n.Metadata.Source!.Document));
    }

    [Fact]
    public void Json_numbers_are_ints_or_floats_and_strings_are_never_numbers()
    {
        var result = Loading.Json("""
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"},
             "spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80.0}, {"containerPort": "81"}, {"containerPort": 82}]}]}}
            """);

        var errors = result.Errors().Where(d => d.FieldPath is not null).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("expected an integer, found number 80.0", errors[0].Message);
        Assert.Equal("spec.containers[0].ports[0].containerPort", errors[0].FieldPath);
        Assert.Equal("expected an integer, found string '81'", errors[1].Message);
    }

    [Fact]
    public void Empty_json_text_gives_nothing_and_a_byte_order_mark_is_accepted()
    {
        Loading.Json(string.Empty).AssertClean();
        Loading.Json("  \n").AssertClean();
        var result = Loading.Json("\uFEFF{\"apiVersion\": \"v1\", \"kind\": \"Namespace\", \"metadata\": {\"name\": \"a\"}}");
        result.AssertClean();
        Assert.Equal(new SourceLocation("test.json", 1, 1, 1), result.Snapshot.Namespaces.Single().Metadata.Source);
    }

    [Fact]
    public void Long_values_and_positions_survive_buffer_refills()
    {
        // Several megabytes: a long annotation forces the buffer to grow, and later objects must
        // still be placed on the right lines.
        var text = new StringBuilder("{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n");
        var longValue = new string('x', 3_000_000);
        text.Append("{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"big\", \"annotations\": {\"a\": \"")
            .Append(longValue).Append("\"}}},\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"p").Append(i).Append("\", \"annotations\": {\"k\": \"é\"}, \"labels\": {\"k\": \"v\"}}},\n");
        }

        text.Append("{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"last\"}}\n]}\n");
        var result = WithTempFile("big.json", text.ToString(), ManifestLoader.Load);

        result.AssertClean();
        Assert.Equal(20_002, result.Snapshot.Pods.Length);
        var last = result.Snapshot.Pods[^1].Metadata.Source!;
        Assert.Equal(20_003, last.Line);
        Assert.Equal(1, last.Column);
        Assert.Equal(LabelSet.Of(("k", "v")), result.Snapshot.Pods[5].Metadata.Labels);
    }

    [Fact]
    public void A_syntax_error_far_into_a_large_file_has_the_right_line()
    {
        var text = new StringBuilder("{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n");
        for (var i = 0; i < 50_000; i++)
        {
            text.Append("{\"apiVersion\": \"v1\", \"kind\": \"Namespace\", \"metadata\": {\"name\": \"n").Append(i).Append("\"}},\n");
        }

        text.Append("{\"apiVersion\": \"v1\", \"kind\": \"Namespace\" \"metadata\": {}}\n]}\n");
        var result = WithTempFile("broken.json", text.ToString(), ManifestLoader.Load);

        var error = result.SingleProblem();
        Assert.Equal("invalid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'; the rest of the file is not read", error.Message);
        Assert.Equal((1, 50_002, 42), (error.Location!.Document, error.Location.Line, error.Location.Column));
        Assert.Empty(result.Snapshot.Namespaces);
    }

    private static LoadResult WithTempFile(string name, string text, Func<string[], LoadResult> load)
    {
        var directory = Directory.CreateTempSubdirectory("manifests-");
        try
        {
            var path = Path.Combine(directory.FullName, name);
            File.WriteAllText(path, text);
            return load([path]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
