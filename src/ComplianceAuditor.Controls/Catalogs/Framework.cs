namespace ComplianceAuditor.Controls.Catalogs;

/// <summary>The framework a catalog encodes: "pci-dss-4.0.1", "PCI DSS", "4.0.1", where it is published.</summary>
public sealed record Framework(string Id, string Name, string Version, string? Source);
