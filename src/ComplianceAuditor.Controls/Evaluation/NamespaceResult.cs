using System.Collections.Immutable;

namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>How one namespace fares across every finding about it.</summary>
public sealed record NamespaceResult(string Name, ImmutableArray<string> Zones, double? Score, int Pass, int Fail, int NotEvaluated, int Waived);
