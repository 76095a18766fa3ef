namespace ComplianceAuditor.Engine.Diagnostics;

/// <summary>
/// A problem found in input: where (file, document, line), which object ("NetworkPolicy
/// shop/allow-web"), which field ("spec.ingress[0].from[1].ipBlock.cidr"), and what was expected
/// versus found.
/// </summary>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Message,
    SourceLocation? Location = null,
    string? ObjectRef = null,
    string? FieldPath = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        var where = Location is null ? string.Empty : $"{Location}: ";
        var what = ObjectRef is null ? string.Empty : $"{ObjectRef}: ";
        var field = FieldPath is null ? string.Empty : $"{FieldPath}: ";
        return $"{where}{severity}: {what}{field}{Message}";
    }
}
