using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Controls.Tests.Checks;

/// <summary>
/// More manifest builders for check tests (policies with annotations, pods with named ports or no
/// IP, other engines' policy objects), and ways to run a check the way an audit does. Kept apart
/// from <see cref="CheckKit"/> so parallel work on it does not collide.
/// </summary>
internal static class PolicyYaml
{
    /// <summary>
    /// A NetworkPolicy; <paramref name="spec"/> is the block YAML under <c>spec:</c> and
    /// <paramref name="annotations"/> a flow mapping body ("a: b") or nothing.
    /// </summary>
    public static string Policy(string ns, string name, string spec, string? annotations = null)
    {
        var body = string.Join("\n", spec.Trim('\n').Split('\n').Select(line => "  " + line.TrimEnd()));
        var meta = annotations is null ? string.Empty : $", annotations: {{{annotations}}}";
        return $"apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {{name: {name}, namespace: {ns}{meta}}}\nspec:\n{body}\n---\n";
    }

    /// <summary>A running pod whose one container declares <paramref name="ports"/> (flow sequence body: "{name: telnet, containerPort: 23}").</summary>
    public static string PodWithPorts(string ns, string name, string ip, string labels, string ports) => $"""
        apiVersion: v1
        kind: Pod
        metadata: {"{"}name: {name}, namespace: {ns}, labels: {"{"}{labels}{"}"}{"}"}
        spec: {"{"}containers: [{"{"}name: main, image: example/main, ports: [{ports}]{"}"}]{"}"}
        status: {"{"}phase: Running, podIP: {ip}{"}"}
        ---

        """;

    /// <summary>A pod that has no IP yet (scheduled, not started).</summary>
    public static string PodWithoutIp(string ns, string name, string labels = "") => $"""
        apiVersion: v1
        kind: Pod
        metadata: {"{"}name: {name}, namespace: {ns}, labels: {"{"}{labels}{"}"}{"}"}
        status: {"{"}phase: Pending{"}"}
        ---

        """;

    /// <summary>An object of another policy engine, with an allow-everything body the engine must not read.</summary>
    public static string Foreign(string apiVersion, string kind, string name, string? ns = null) => $"""
        apiVersion: {apiVersion}
        kind: {kind}
        metadata: {"{"}name: {name}{(ns is null ? string.Empty : $", namespace: {ns}")}{"}"}
        spec: {"{"}ingress: [{"{"}action: Allow{"}"}]{"}"}
        ---

        """;

    public static ClusterSnapshot Snapshot(string manifests)
    {
        var result = ManifestLoader.LoadText("test.yaml", manifests);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Snapshot;
    }

    /// <summary>Evaluates a check on a snapshot the test has changed (gaps, for instance).</summary>
    public static IReadOnlyList<Finding> Evaluate(string check, ClusterSnapshot snapshot) =>
        CheckKit.Parse(check).Evaluate(new AuditContext(snapshot, ScopeDefinition.Default, CheckKit.AuditTime));

    /// <summary>The findings an audit gives for one check, so the input's not-evaluated rules apply.</summary>
    public static IReadOnlyList<Finding> Audit(string check, ClusterSnapshot snapshot)
    {
        var diagnostics = new Engine.Diagnostics.DiagnosticBag();
        var catalog = Catalogs.CatalogLoader.Parse("catalog.yaml", CheckKit.CatalogText(check), ScopeDefinition.Default, diagnostics);
        Assert.True(catalog is not null, string.Join("\n", diagnostics.Items));
        var result = Auditor.Run(new AuditContext(snapshot, ScopeDefinition.Default, CheckKit.AuditTime), [catalog], []);
        return Assert.Single(Assert.Single(Assert.Single(result.Frameworks).Controls).Checks).Findings;
    }

    /// <summary>The snapshot with one Calico policy the engine does not evaluate.</summary>
    public static ClusterSnapshot WithCalicoPolicy(string manifests) =>
        Snapshot(manifests) with { Unevaluated = [new UnevaluatedObject("crd.projectcalico.org/v1", "GlobalNetworkPolicy", string.Empty, "allow-all")] };

    /// <summary>Errors as "line:column path: message", easy to compare whole.</summary>
    public static IReadOnlyList<string> ErrorsAt(string check) =>
        [.. CheckKit.Errors(check).Select(e => $"{e.Location!.Line}:{e.Location.Column} {e.FieldPath}: {e.Message}")];
}
