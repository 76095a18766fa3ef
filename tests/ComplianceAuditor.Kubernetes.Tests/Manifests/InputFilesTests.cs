using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

public sealed class InputFilesTests : IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("manifests-");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public void A_directory_is_searched_recursively_in_ordinal_path_order_for_manifest_extensions_matched_case_sensitively()
    {
        var tree = Loading.TestData("manifests", "tree");

        var result = ManifestLoader.Load([tree]);

        result.AssertClean();
        string[] expected =
        [
            Path.Combine(tree, "A.yaml"),
            Path.Combine(tree, "b.yaml"),
            Path.Combine(tree, "nested-2.yaml"),
            Path.Combine(tree, "nested", "c.yml"),
            Path.Combine(tree, "nested", "deeper", "e.json"),
        ];
        Assert.Equal(expected, result.Files);
        Assert.Equal(["upper-a", "b", "nested-2", "c", "e"], result.Snapshot.Namespaces.Select(n => n.Metadata.Name));
        Assert.Equal(Path.Combine(tree, "nested", "c.yml"), result.Snapshot.Namespaces[3].Metadata.Source!.File);
    }

    [Fact]
    public void An_explicitly_named_file_is_read_whatever_its_extension()
    {
        var text = Loading.TestData("manifests", "tree", "notes.txt");
        var json = Loading.TestData("manifests", "tree", "nested", "deeper", "d.JSON");

        var result = ManifestLoader.Load([json, text]);

        result.AssertClean();
        Assert.Equal([json, text], result.Files);
        Assert.Equal(["d", "not-read-txt"], result.Snapshot.Namespaces.Select(n => n.Metadata.Name));
    }

    [Fact]
    public void A_file_reached_again_through_a_symlink_is_read_once()
    {
        var file = Write("ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: once}\n");
        File.CreateSymbolicLink(Path.Combine(temp.FullName, "zz-link.yaml"), file);

        var result = ManifestLoader.Load([temp.FullName]);

        result.AssertClean();
        Assert.Equal([file], result.Files);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_an_error_and_the_rest_is_still_read()
    {
        var missing = Path.Combine(temp.FullName, "nope.yaml");
        var present = Write("ok.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: ok}\n");

        var result = ManifestLoader.Load([missing, present]);

        var error = result.SingleProblem();
        Assert.Equal($"no such file or directory: '{missing}'", error.Message);
        Assert.Equal(missing, error.Location!.File);
        Assert.Single(result.Snapshot.Namespaces);
        Assert.Equal([present], result.Files);
    }

    [Fact]
    public void Symlinked_directories_are_not_followed_unless_named()
    {
        var real = temp.CreateSubdirectory("real");
        File.WriteAllText(Path.Combine(real.FullName, "ns.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: real}\n");
        var link = Path.Combine(temp.FullName, "link");
        Directory.CreateSymbolicLink(link, real.FullName);

        var result = ManifestLoader.Load([temp.FullName]);

        result.AssertClean();
        Assert.Equal([Path.Combine(temp.FullName, "real", "ns.yaml")], result.Files);

        var named = ManifestLoader.Load([link]);
        Assert.Equal([Path.Combine(link, "ns.yaml")], named.Files);
    }

    [Fact]
    public void A_file_reached_twice_is_read_once()
    {
        var file = Write("ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: once}\n");

        var result = ManifestLoader.Load([file, temp.FullName, file]);

        result.AssertClean();
        Assert.Equal([file], result.Files);
    }

    [Fact]
    public void Diagnostics_of_all_files_are_collected_and_sorted_by_file_and_position()
    {
        var first = Write("a.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: A}\n---\nkind: Pod\n");
        var second = Write("b.json", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"B\"}}");

        var result = ManifestLoader.Load([temp.FullName]);

        Assert.Equal(
            [(first, 1, 1, 1), (first, 1, 3, 18), (first, 2, 5, 1), (second, 1, 1, 1), (second, 1, 1, 58)],
            result.Diagnostics.Select(d => (d.Location!.File, d.Location.Document, d.Location.Line, d.Location.Column)));
        Assert.Equal(3, result.Errors().Count);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(temp.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
