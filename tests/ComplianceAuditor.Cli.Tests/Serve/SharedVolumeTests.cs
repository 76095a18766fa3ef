using System.Globalization;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>Replicas in pods all run as pid 1 and share the out volume: their temporary files must not collide.</summary>
public sealed class SharedVolumeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("shared-volume-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_write_does_not_touch_another_process_with_the_same_pid_writing_the_same_file()
    {
        var path = Path.Combine(folder, "runs.json");
        var othersTemporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var other = new FileStream(othersTemporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            other.WriteByte((byte)'o');
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            var console = new CliConsole(output, output, false, TimeProvider.System);

            OutputTarget.WriteText(path, console, writer => writer.Write("mine"));
        }

        Assert.Equal("mine", File.ReadAllText(path));
        Assert.Equal("o", File.ReadAllText(othersTemporary));
    }
}
