using System.Collections.Immutable;

namespace ComplianceAuditor.Controls.Catalogs;

/// <summary>A framework's controls as read from one catalog file.</summary>
public sealed record ControlCatalog(Framework Framework, ImmutableArray<Control> Controls, string File)
{
    /// <summary>Lowercase hex SHA-256 of the catalog's bytes as read, so results name the exact catalog they were checked against.</summary>
    public string Sha256 { get; init; } = string.Empty;
}
