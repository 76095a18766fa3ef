using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>namespace-has-policy</c>: every namespace of the zones has at least one NetworkPolicy. A
/// namespace without any is open in both directions, whatever its pods are.
/// </summary>
internal sealed class NamespaceHasPolicyCheck(ImmutableArray<string> zones) : Check
{
    public override string Type => "namespace-has-policy";

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("zones");
        return new NamespaceHasPolicyCheck(parameters.Zones("zones", ZoneUse.Workload));
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        var namespaces = context.Zones.NamespacesIn(zones);
        if (namespaces.Count == 0)
        {
            return [CheckFindings.NoMembers(zones)];
        }

        return [.. namespaces.Select(ns => Evaluate(context, ns))];
    }

    private static Finding Evaluate(AuditContext context, string ns)
    {
        var policies = context.Policies.InNamespace(ns);
        return policies.IsEmpty
            ? CheckFindings.Namespace(FindingStatus.Fail, ns, $"namespace {ns} has no NetworkPolicy: its pods accept and send any traffic")
            : CheckFindings.Namespace(
                FindingStatus.Pass,
                ns,
                $"namespace {ns} has {policies.Length} NetworkPolicy object(s)",
                new Evidence { Policies = [.. policies.Select(p => p.QualifiedName)] });
    }
}
