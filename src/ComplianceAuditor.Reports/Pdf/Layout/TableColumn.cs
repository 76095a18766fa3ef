namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>A table column: its header and its share of the table's width.</summary>
public sealed record TableColumn(string Header, double Weight);
