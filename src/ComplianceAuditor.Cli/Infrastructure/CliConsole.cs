namespace ComplianceAuditor.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Output"/>, diagnostics and progress to
/// <see cref="Error"/>. Progress is shown only when <see cref="ErrorIsTerminal"/>: a log file or a
/// CronJob's output should hold results and problems, not a ticker.
/// </summary>
internal sealed record CliConsole(TextWriter Output, TextWriter Error, bool ErrorIsTerminal, TimeProvider Time)
{
    public void Progress(string message)
    {
        if (ErrorIsTerminal)
        {
            Error.WriteLine($"  {message}");
        }
    }
}
