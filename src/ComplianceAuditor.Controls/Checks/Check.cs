using ComplianceAuditor.Controls.Evaluation;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// One check type of the closed set (see controls/README.md), with its parameters as read from a
/// catalog. <see cref="Evaluate"/> is pure: the same context gives the same findings.
/// </summary>
public abstract class Check
{
    public abstract string Type { get; }

    /// <summary>Whether the answer comes from computed reachability (then unevaluated policy objects make it uncertain).</summary>
    public virtual bool UsesReachability => false;

    public abstract IReadOnlyList<Finding> Evaluate(AuditContext context);
}
