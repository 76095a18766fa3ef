namespace ComplianceAuditor.Engine.Diagnostics;

/// <summary>Collects diagnostics so every problem in an input is reported at once, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    public void Error(string message, SourceLocation? location = null, string? objectRef = null, string? fieldPath = null) =>
        items.Add(new Diagnostic(DiagnosticSeverity.Error, message, location, objectRef, fieldPath));

    public void Warning(string message, SourceLocation? location = null, string? objectRef = null, string? fieldPath = null) =>
        items.Add(new Diagnostic(DiagnosticSeverity.Warning, message, location, objectRef, fieldPath));
}
