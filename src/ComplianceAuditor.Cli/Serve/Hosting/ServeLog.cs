using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>
/// The service's event log: one plain line per event on standard output, every line escaped (target
/// names and messages can carry cluster data). Jobs run on several threads; lines never interleave.
/// </summary>
internal sealed class ServeLog(TextWriter output)
{
    private readonly Lock gate = new();

    public void Write(string message) => WriteLine(Printable.Escape("serve: " + message));

    public void Target(string target, string message) => Write($"{target}: {message}");

    /// <summary>
    /// A line of an audit's own messages, which are already escaped where they are written (as for a
    /// terminal; that is what keeps a message with a newline one line). Escaped again only when it still
    /// holds an unsafe character, so an escape like \u000a is not shown as \u005cu000a.
    /// </summary>
    public void Relayed(string target, string line) =>
        WriteLine(Printable.Escape($"serve: {target}: ") + (IsEscaped(line) ? line : Printable.Escape(line)));

    private static bool IsEscaped(string line)
    {
        // Printable escapes backslashes too; an escaped line keeps its escapes' backslashes.
        var probe = line.Replace('\\', ' ');
        return Printable.Escape(probe) == probe;
    }

    private void WriteLine(string escaped)
    {
        var line = escaped + "\n";
        lock (gate)
        {
            output.Write(line);
            output.Flush();
        }
    }

    /// <summary>UTC, to the second, the way the log and runs.json show times.</summary>
    public static string Time(DateTimeOffset time) => UtcTime.Text(time);
}
