using System.Text;

namespace ComplianceAuditor.Cli;

/// <summary>
/// Writes a command's result to a file or to standard output. A file is written to a temporary
/// name beside it and renamed at the end, so a failed run never leaves a truncated result that
/// looks complete.
/// </summary>
internal static class OutputTarget
{
    public static void Write(string? path, CliConsole console, Action<Stream> write)
    {
        if (path is null)
        {
            using var stream = new TextWriterStream(console.Output);
            write(stream);
            stream.Flush();
            return;
        }

        var full = Path.GetFullPath(path);

        // Unique per write, not per process: replicas in pods are all pid 1 and may share the volume.
        var temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(file);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static void WriteText(string? path, CliConsole console, Action<TextWriter> write) => Write(path, console, stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        write(writer);
    });
}
