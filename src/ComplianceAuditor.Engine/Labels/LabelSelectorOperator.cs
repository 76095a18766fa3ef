namespace ComplianceAuditor.Engine.Labels;

/// <summary>The operators of a <c>matchExpressions</c> term.</summary>
public enum LabelSelectorOperator
{
    In,
    NotIn,
    Exists,
    DoesNotExist,
}
