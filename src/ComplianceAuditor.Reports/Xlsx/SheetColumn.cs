namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>A table column: its header and its width in characters of the standard font.</summary>
internal sealed record SheetColumn(string Header, double Width);
