using System.Collections.Immutable;

namespace ComplianceAuditor.Controls.Catalogs;

/// <summary>A framework's controls as read from one catalog file.</summary>
public sealed record ControlCatalog(Framework Framework, ImmutableArray<Control> Controls, string File);
