using System.Collections.Immutable;

namespace ComplianceAuditor.Reports.Diff;

/// <summary>A framework whose score or controls changed; null scores: nothing counted, or not in that run.</summary>
public sealed record ScoreChange(string Framework, double? Before, double? After, ImmutableArray<ControlScoreChange> Controls);
