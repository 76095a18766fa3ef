namespace ComplianceAuditor.Controls.Checks;

/// <summary>Which direction a check examines.</summary>
[Flags]
public enum Direction
{
    Ingress = 1,
    Egress = 2,
    Both = Ingress | Egress,
}
