using ComplianceAuditor.Controls.Evaluation;

namespace ComplianceAuditor.Controls.Tests.Checks;

/// <summary>
/// Manifest text for the objects check tests need besides namespaces and running pods (see
/// <see cref="CheckKit"/>): NetworkPolicies written as block YAML, workloads, host-network pods,
/// and policy objects of other engines. Also a readable form of flow evidence for assertions.
/// </summary>
internal static class PolicyText
{
    /// <summary>A NetworkPolicy; <paramref name="spec"/> is the spec's body as block YAML.</summary>
    public static string Policy(string ns, string name, string spec) => $"""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {"{"}name: {name}, namespace: {ns}{"}"}
        spec:
        {Indent(spec)}
        ---

        """;

    /// <summary>The textbook default deny: every pod, the given policyTypes, no rules.</summary>
    public static string DefaultDeny(string ns, string types = "[Ingress, Egress]", string name = "default-deny") =>
        Policy(ns, name, $"podSelector: {"{}"}\npolicyTypes: {types}");

    /// <summary>A workload (Deployment, StatefulSet...) whose pod template has these labels.</summary>
    public static string Workload(string kind, string ns, string name, string labels, bool hostNetwork = false) => $"""
        apiVersion: apps/v1
        kind: {kind}
        metadata: {"{"}name: {name}, namespace: {ns}{"}"}
        spec:
          selector: {"{"}matchLabels: {"{"}{labels}{"}"}{"}"}
          template:
            metadata: {"{"}labels: {"{"}{labels}{"}"}{"}"}
            spec:
              hostNetwork: {(hostNetwork ? "true" : "false")}
              containers: [{"{"}name: main, image: app:1{"}"}]
        ---

        """;

    /// <summary>A running pod with <c>hostNetwork: true</c> (its IP is the node's).</summary>
    public static string HostNetworkPod(string ns, string name, string labels = "") => $"""
        apiVersion: v1
        kind: Pod
        metadata: {"{"}name: {name}, namespace: {ns}, labels: {"{"}{labels}{"}"}{"}"}
        spec: {"{"}hostNetwork: true, containers: [{"{"}name: agent, image: agent:1{"}"}]{"}"}
        status: {"{"}phase: Running, podIP: 192.168.10.5{"}"}
        ---

        """;

    /// <summary>A pod that ran to completion: NetworkPolicy no longer governs it.</summary>
    public static string FinishedPod(string ns, string name, string labels = "", bool hostNetwork = false) => $"""
        apiVersion: v1
        kind: Pod
        metadata: {"{"}name: {name}, namespace: {ns}, labels: {"{"}{labels}{"}"}{"}"}
        spec: {"{"}hostNetwork: {(hostNetwork ? "true" : "false")}, containers: [{"{"}name: job, image: job:1{"}"}]{"}"}
        status: {"{"}phase: Succeeded{"}"}
        ---

        """;

    /// <summary>A Cilium policy: it changes reachability, but the engine does not evaluate it.</summary>
    public static string CiliumPolicy(string ns, string name) => $"""
        apiVersion: cilium.io/v2
        kind: CiliumNetworkPolicy
        metadata: {"{"}name: {name}, namespace: {ns}{"}"}
        spec:
          endpointSelector: {"{}"}
          ingress: [{"{"}fromEntities: [world]{"}"}]
        ---

        """;

    /// <summary>A flow as "src -> dst : ports", to compare evidence in one assertion.</summary>
    public static string Describe(FlowEvidence flow) => $"{flow.Source} -> {flow.Destination} : {flow.Ports}";

    /// <summary>The flows of a finding, described and sorted.</summary>
    public static string[] Flows(Finding finding) => [.. finding.Evidence.Flows.Select(Describe).Order(StringComparer.Ordinal)];

    /// <summary>The flow of a finding from one source to one destination.</summary>
    public static FlowEvidence Flow(Finding finding, string source, string destination) =>
        Assert.Single(finding.Evidence.Flows, f => f.Source == source && f.Destination == destination);

    private static string Indent(string block) =>
        string.Join("\n", block.Trim('\n').Split('\n').Select(line => "  " + line.TrimEnd()));
}
