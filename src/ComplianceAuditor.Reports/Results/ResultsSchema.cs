namespace ComplianceAuditor.Reports.Results;

/// <summary>The version of results.json's shape (controls/schema/results.schema.json): bump on any change.</summary>
public static class ResultsSchema
{
    public const string Version = "1.1";

    /// <summary>1.0 had no input.policyInventory; it is still read, with the policies unknown.</summary>
    public const string PreviousVersion = "1.0";

    public static string Status(Controls.Evaluation.FindingStatus status) => status switch
    {
        Controls.Evaluation.FindingStatus.Pass => "pass",
        Controls.Evaluation.FindingStatus.Fail => "fail",
        Controls.Evaluation.FindingStatus.Waived => "waived",
        Controls.Evaluation.FindingStatus.NotEvaluated => "not-evaluated",
        _ => "not-applicable",
    };
}
