namespace ComplianceAuditor.Engine.Diagnostics;

/// <summary>A place in an input file: 1-based document, line and column (0 when unknown).</summary>
public sealed record SourceLocation(string File, int Document, int Line, int Column)
{
    public override string ToString()
    {
        var position = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        return Document > 0 ? $"{position} (document {Document})" : position;
    }
}
