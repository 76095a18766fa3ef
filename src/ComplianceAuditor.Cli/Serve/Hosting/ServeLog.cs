using System.Globalization;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>
/// The service's event log: one plain line per event on standard output, every line escaped (target
/// names and messages can carry cluster data). Jobs run on several threads; lines never interleave.
/// </summary>
internal sealed class ServeLog(TextWriter output)
{
    private readonly Lock gate = new();

    public void Write(string message)
    {
        var line = Printable.Escape("serve: " + message) + "\n";
        lock (gate)
        {
            output.Write(line);
            output.Flush();
        }
    }

    public void Target(string target, string message) => Write($"{target}: {message}");

    /// <summary>UTC, to the second, the way the log and runs.json show times.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
