using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>The policy directions a <see cref="Direction"/> parameter names, and how messages say them.</summary>
internal static class DirectionExtensions
{
    public static IEnumerable<PolicyType> PolicyTypes(this Direction direction)
    {
        if (direction.HasFlag(Direction.Ingress))
        {
            yield return PolicyType.Ingress;
        }

        if (direction.HasFlag(Direction.Egress))
        {
            yield return PolicyType.Egress;
        }
    }

    public static string Name(this PolicyType type) => type == PolicyType.Ingress ? "ingress" : "egress";

    /// <summary>"ingress", "egress" or "ingress and egress".</summary>
    public static string Describe(this IEnumerable<PolicyType> types) => string.Join(" and ", types.Select(Name));
}
