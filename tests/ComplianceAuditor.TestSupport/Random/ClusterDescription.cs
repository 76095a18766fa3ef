using System.Collections.Immutable;
using System.Text;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.TestSupport.RandomClusters;

/// <summary>A compact, line-per-object text of a snapshot, printed when a property fails.</summary>
public static class ClusterDescription
{
    public static string Describe(ClusterSnapshot snapshot)
    {
        var text = new StringBuilder();
        foreach (var ns in snapshot.Namespaces)
        {
            text.AppendLine($"namespace {ns.Metadata.Name} {{{ns.Metadata.Labels}}}");
        }

        foreach (var pod in snapshot.Pods)
        {
            text.AppendLine($"pod {pod.Metadata.QualifiedName} {{{pod.Metadata.Labels}}} phase={pod.Phase ?? "-"}"
                + $"{(pod.HostNetwork ? " hostNetwork" : "")} ips=[{string.Join(",", pod.PodIPs)}] ports=[{Ports(pod.ContainerPorts)}]{Owners(pod.Metadata)}");
        }

        foreach (var workload in snapshot.Workloads)
        {
            text.AppendLine($"{workload.Kind} {workload.Metadata.QualifiedName} uid={workload.Metadata.Uid ?? "-"} template {{{workload.Template.Labels}}}"
                + $"{(workload.Template.HostNetwork ? " hostNetwork" : "")} ports=[{Ports(workload.Template.ContainerPorts)}]{Owners(workload.Metadata)}");
        }

        foreach (var policy in snapshot.NetworkPolicies)
        {
            var spec = policy.Spec;
            text.AppendLine($"policy {policy.Metadata.QualifiedName} podSelector {spec.PodSelector}"
                + $" policyTypes={(spec.PolicyTypes is { } types ? $"[{string.Join(",", types)}]" : "missing")}");
            AppendRules(text, "ingress", "from", spec.Ingress);
            AppendRules(text, "egress", "to", spec.Egress);
        }

        return text.ToString();
    }

    private static void AppendRules(StringBuilder text, string direction, string peersField, ImmutableArray<NetworkPolicyRule>? rules)
    {
        if (rules is not { } list)
        {
            text.AppendLine($"  {direction}: missing");
            return;
        }

        if (list.IsEmpty)
        {
            text.AppendLine($"  {direction}: []");
        }

        for (var i = 0; i < list.Length; i++)
        {
            text.AppendLine($"  {direction}[{i}] {peersField}={List(list[i].Peers)} ports={List(list[i].Ports)}");
        }
    }

    private static string List<T>(ImmutableArray<T>? items) =>
        items is { } present ? $"[{string.Join("; ", present)}]" : "missing";

    private static string Ports(ImmutableArray<ContainerPort> ports) =>
        string.Join(",", ports.Select(p => $"{p.Name ?? "-"}/{p.Protocol}/{p.Port}"));

    private static string Owners(ObjectMeta metadata) => metadata.OwnerReferences.IsEmpty
        ? ""
        : $" owners=[{string.Join(",", metadata.OwnerReferences.Select(r => $"{r.Kind}/{r.Name}@{r.Uid ?? "-"}"))}]";
}
