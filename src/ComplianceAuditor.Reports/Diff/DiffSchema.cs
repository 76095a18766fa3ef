namespace ComplianceAuditor.Reports.Diff;

/// <summary>The version of <c>diff --format json</c>'s shape (controls/schema/diff.schema.json): bump on any change.</summary>
public static class DiffSchema
{
    public const string Version = "1.1";

    /// <summary>B minus A rounded to the scores' one decimal; null when either side has no score.</summary>
    public static double? Delta(double? before, double? after) =>
        before is { } a && after is { } b ? Math.Round(b - a, 1, MidpointRounding.AwayFromZero) : null;
}
