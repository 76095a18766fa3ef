namespace ComplianceAuditor.Engine.Model;

/// <summary>A <c>policyTypes</c> value, and the direction of a rule.</summary>
public enum PolicyType
{
    Ingress,
    Egress,
}
