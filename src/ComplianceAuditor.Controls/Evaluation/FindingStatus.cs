namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>A finding's status. The order is precedence: a control takes its worst finding's status.</summary>
public enum FindingStatus
{
    NotApplicable = 0,
    Pass = 1,
    Waived = 2,
    NotEvaluated = 3,
    Fail = 4,
}
