namespace ComplianceAuditor.Cli;

/// <summary>Where a command writes: results to <see cref="Output"/>, diagnostics and progress to <see cref="Error"/>.</summary>
internal sealed record CliConsole(TextWriter Output, TextWriter Error);
