namespace ComplianceAuditor.Cli.Tests;

/// <summary>
/// An audit of files that hold no object at all would pass every control; it is bad input (exit 2)
/// found before any run folder exists. A dump of namespaces only is an empty cluster and is audited.
/// </summary>
public sealed class EmptyInputTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("empty-input-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private string Out => Path.Combine(scratch, "out");

    private string Folder(string name, params (string File, string Text)[] files)
    {
        var folder = Directory.CreateDirectory(Path.Combine(scratch, name)).FullName;
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return folder;
    }

    [Fact]
    public void An_empty_folder_is_bad_input_naming_it_and_leaves_no_run_folder()
    {
        var input = Folder("drop");

        var run = CliRunner.Run("audit", input, "--out", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"audit: no Kubernetes objects were read from {input}: nothing to audit", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
        Assert.DoesNotContain("pass", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Files_of_kinds_that_are_not_read_are_bad_input_naming_every_path()
    {
        var first = Folder("a", ("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: default}\n"));
        var second = Folder("b", ("empty.yaml", "# nothing here\n"));

        var run = CliRunner.Run("audit", first, second, "--out", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"no Kubernetes objects were read from {first}, {second}: nothing to audit", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_dump_of_namespaces_only_is_an_empty_cluster_and_is_audited()
    {
        var input = Folder("ns", ("ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: payments}\n"));

        var run = CliRunner.Run("audit", input, "--out", Out);

        Assert.True(run.ExitCode is 0 or 1, run.Error);
        Assert.DoesNotContain("nothing to audit", run.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(Out, "audit-*"));
    }

    [Fact]
    public void Reach_still_answers_on_empty_input()
    {
        var run = CliRunner.Run("reach", Folder("drop"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"connections\": []", run.Output, StringComparison.Ordinal);
    }
}
