using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using static ComplianceAuditor.TestSupport.Synthetic.PolicyParts;
using L = ComplianceAuditor.TestSupport.Synthetic.WellKnownLabels;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// The allow policies one application namespace could have, each included with the frequency such
/// policies have in practice, and a priority saying how likely a team is to have written it.
/// </summary>
internal static class NamespacePolicyCatalog
{
    public static List<PolicyCandidate> Candidates(GeneratorContext context, NamespacePlan plan, IReadOnlyList<string> teams)
    {
        var frontends = plan.AppsIn(Tier.Frontend).Any();
        var backends = plan.AppsIn(Tier.Backend).Any();
        var list = new List<PolicyCandidate>();
        void Maybe(bool include, double probability, double low, double high, string name, Func<NetworkPolicySpec> build)
        {
            // Always draw both numbers, so the random sequence does not depend on what was included.
            var draw = context.Random.NextDouble();
            var priority = low + ((high - low) * context.Random.NextDouble());
            if (include && draw < probability)
            {
                list.Add(new PolicyCandidate(priority, name, build));
            }
        }

        Maybe(plan.Pci, 1.0, 0.0, 0.05, "cde-isolation", CdeIsolation);
        Maybe(true, 1.0, 0.0, 0.3, "allow-dns", AllowDns);
        Maybe(true, 0.9, 0.2, 0.9, "allow-prometheus-scrape", () => PrometheusScrape(context));
        Maybe(frontends, 0.9, 0.2, 0.7, "allow-ingress-nginx", IngressNginx);
        Maybe(backends, 0.3, 0.1, 0.7, "allow-team-ingress", () => TeamIngress(plan));
        var peerTeam = context.Chance(0.7) ? plan.Team : context.Pick(teams);
        Maybe(true, 0.3, 0.1, 0.7, "allow-team-egress", () => TeamEgress(peerTeam, plan.Env));
        Maybe(backends, 0.35, 0.1, 0.7, "allow-internet-egress", () => InternetEgress(plan.DualStack));
        Maybe(backends, 0.15, 0.1, 0.8, "allow-managed-db", ManagedDatabase);
        Maybe(frontends, 0.1, 0.1, 0.8, "allow-lb-ingress", LoadBalancerIngress);
        Maybe(true, 0.12, 0.2, 1.0, "allow-same-namespace", SameNamespace);
        Maybe(true, 0.05, 0.2, 1.0, "allow-node-probes", NodeProbes);
        Maybe(true, 0.02, 0.2, 1.0, "allow-pod-network-metrics", PodNetworkMetrics);
        Maybe(plan.AppsIn(Tier.Batch).Any() && plan.AppsIn(Tier.Database).Any(), 0.5, 0.2, 1.0, "allow-batch-db", BatchDatabase);
        foreach (var app in plan.Apps)
        {
            Maybe(true, 1.0, 0.1, 1.0, $"allow-{app.Name}", () => AppPolicyBuilder.Build(context, plan, app));
        }

        return list;
    }

    private static NetworkPolicySpec AllowDns() => new()
    {
        PolicyTypes = EgressOnly,
        Egress = [Rule([Namespaces(NamespaceNamed(SystemNamespaces.KubeSystem), Labels((L.K8sApp, "kube-dns")))],
            [AppProfile.Port(53, protocol: Engine.Ports.Protocol.UDP), AppProfile.Port(53)])],
    };

    private static NetworkPolicySpec PrometheusScrape(GeneratorContext context) => new()
    {
        PodSelector = context.Chance(0.5) ? LabelSelector.Empty : Expression(L.App, LabelSelectorOperator.Exists),
        PolicyTypes = IngressOnly,
        Ingress = [Rule([Namespaces(NamespaceNamed(SystemNamespaces.Monitoring), Labels((L.Name, "prometheus")))], [AppProfile.Named("metrics")])],
    };

    private static NetworkPolicySpec IngressNginx() => new()
    {
        PodSelector = Labels((L.Tier, "frontend")),
        PolicyTypes = IngressOnly,
        Ingress = [Rule([Namespaces(NamespaceNamed(SystemNamespaces.IngressNginx), Labels((L.Name, "ingress-nginx")))], [AppProfile.Named("http")])],
    };

    private static NetworkPolicySpec TeamIngress(NamespacePlan plan) => new()
    {
        PodSelector = Labels((L.Tier, "backend")),
        PolicyTypes = IngressOnly,
        Ingress = [Rule([Namespaces(Labels((L.Team, plan.Team)), Expression(L.Tier, LabelSelectorOperator.In, "frontend", "backend"))],
            [AppProfile.Port(8080), AppProfile.Port(9000)])],
    };

    private static NetworkPolicySpec TeamEgress(string team, string env) => new()
    {
        PolicyTypes = EgressOnly,
        Egress = [Rule([Namespaces(Labels((L.Team, team), (L.Env, env)), Labels((L.Tier, "backend")))], [AppProfile.Port(8080), AppProfile.Port(9000)])],
    };

    private static NetworkPolicySpec InternetEgress(bool dualStack) => new()
    {
        PodSelector = Labels((L.Tier, "backend")),
        PolicyTypes = EgressOnly,
        Egress = [Rule(dualStack ? [Block(AnyV4, Private10), Block(AnyV6, UniqueLocalV6)] : [Block(AnyV4, Private10)], [AppProfile.Port(443)])],
    };

    private static NetworkPolicySpec ManagedDatabase() => new()
    {
        PodSelector = Labels((L.Tier, "backend")),
        PolicyTypes = EgressOnly,
        Egress = [Rule([Block(PolicyParts.ManagedDatabase)], [AppProfile.Port(5432), AppProfile.Port(3306)])],
    };

    private static NetworkPolicySpec LoadBalancerIngress() => new()
    {
        PodSelector = Labels((L.Tier, "frontend")),
        PolicyTypes = IngressOnly,
        Ingress = [Rule([Block(LoadBalancer), Block(Partner, PartnerUntrusted)], [AppProfile.Port(8080), AppProfile.Port(8443)])],
    };

    /// <summary>The PCI zone rule: only CDE namespaces (and not dev ones) in and out, on any port.</summary>
    private static NetworkPolicySpec CdeIsolation() => new()
    {
        PolicyTypes = Both,
        Ingress = [Rule([Namespaces(new LabelSelector(LabelSet.Of((L.Pci, "cde")), [new LabelSelectorRequirement(L.Env, LabelSelectorOperator.NotIn, ["dev"])]))], null)],
        Egress = [Rule([Namespaces(Labels((L.Pci, "cde")))], null)],
    };

    // No policyTypes: the API server's default (Ingress only, as there are no egress rules).
    private static NetworkPolicySpec SameNamespace() => new() { Ingress = [Rule([Pods(LabelSelector.Empty)], null)] };

    private static NetworkPolicySpec NodeProbes() => new() { PolicyTypes = IngressOnly, Ingress = [Rule([Block(Nodes)], null)] };

    private static NetworkPolicySpec PodNetworkMetrics() => new()
    {
        PolicyTypes = IngressOnly,
        Ingress = [Rule([Block(PodNetwork)], [AppProfile.Port(9090)])],
    };

    private static NetworkPolicySpec BatchDatabase() => new()
    {
        PodSelector = Labels((L.Tier, "batch")),
        PolicyTypes = EgressOnly,
        Egress = [Rule([Pods(Labels((L.Tier, "db")))], [AppProfile.Port(5432, 5439)])],
    };
}
