using ComplianceAuditor.Cli.Commands;

namespace ComplianceAuditor.Cli.Tests;

/// <summary>Every run gets a folder of its own, also when runs start in the same second, at once.</summary>
public sealed class RunFolderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private readonly string root = Directory.CreateTempSubdirectory("run-folder-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Runs_in_the_same_second_get_distinct_folders_in_order()
    {
        var first = RunFolder.Create(root, Now);
        var second = RunFolder.Create(root, Now);

        Assert.Equal(Path.Combine(root, "audit-2026-11-28T10-00-00Z"), first);
        Assert.Equal(Path.Combine(root, "audit-2026-11-28T10-00-00Z-2"), second);
    }

    [Fact]
    public void Runs_racing_in_the_same_second_never_share_a_folder()
    {
        const int runs = 16;
        for (var round = 0; round < 20; round++)
        {
            var at = Now.AddSeconds(round);
            using var start = new Barrier(runs);
            var folders = new string[runs];
            var threads = Enumerable.Range(0, runs).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                folders[i] = RunFolder.Create(root, at);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.Equal(runs, folders.Distinct(StringComparer.Ordinal).Count());
        }
    }
}
