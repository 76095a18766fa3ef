namespace ComplianceAuditor.Engine.Diagnostics;

/// <summary>Errors stop the command (exit 2); warnings are reported and the command goes on.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
