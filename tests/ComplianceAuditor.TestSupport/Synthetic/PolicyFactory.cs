using System.Globalization;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using static ComplianceAuditor.TestSupport.Synthetic.PolicyParts;
using L = ComplianceAuditor.TestSupport.Synthetic.WellKnownLabels;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// Writes exactly the requested number of NetworkPolicies: the ingress controller's own, a default
/// deny in most application namespaces, and the rest spread over namespaces by how many applications
/// they run. System namespaces other than ingress-nginx get none, as is common.
/// </summary>
internal sealed class PolicyFactory(GeneratorContext context)
{
    public void AddAll(List<NamespacePlan> plans, IReadOnlyList<string> teams)
    {
        var remaining = context.Options.Policies;
        remaining -= IngressNginxPolicies(remaining);

        // Most teams start from a default deny; some namespaces never got one.
        var denied = plans.Select(_ => context.Chance(0.88)).ToArray();
        for (var i = 0; i < plans.Count && remaining > 0; i++)
        {
            if (denied[i])
            {
                DefaultDeny(plans[i]);
                remaining--;
            }
        }

        var weights = plans.Select((p, i) => (p.Apps.Count + 1) * (denied[i] ? 1.0 : 0.3)).ToList();
        var shares = Apportion.ByWeight(remaining, weights);
        for (var i = 0; i < plans.Count; i++)
        {
            AllowPolicies(plans[i], shares[i], teams);
        }
    }

    private int IngressNginxPolicies(int budget)
    {
        var ns = SystemNamespaces.IngressNginx;
        var controller = Labels((L.Name, "ingress-nginx"));
        var specs = new (string Name, NetworkPolicySpec Spec)[]
        {
            ("default-deny-all", new NetworkPolicySpec { PolicyTypes = Both }),
            ("allow-public-ingress", new NetworkPolicySpec
            {
                PodSelector = controller,
                PolicyTypes = IngressOnly,
                Ingress = [Rule([Block(AnyV4), Block(AnyV6)], [AppProfile.Named("http"), AppProfile.Named("https")])],
            }),
            ("allow-egress-to-frontends", new NetworkPolicySpec
            {
                PodSelector = controller,
                PolicyTypes = EgressOnly,
                Egress = [Rule([Namespaces(LabelSelector.Empty, Labels((L.Tier, "frontend")))], [AppProfile.Port(8080)])],
            }),
            ("allow-dns", new NetworkPolicySpec
            {
                PolicyTypes = EgressOnly,
                Egress = [Rule([Namespaces(NamespaceNamed(SystemNamespaces.KubeSystem), Labels((L.K8sApp, "kube-dns")))],
                    [AppProfile.Port(53, protocol: Engine.Ports.Protocol.UDP), AppProfile.Port(53)])],
            }),
        };
        var count = Math.Min(budget, specs.Length);
        foreach (var (name, spec) in specs.Take(count))
        {
            Add(ns, name, spec);
        }

        return count;
    }

    private void DefaultDeny(NamespacePlan plan)
    {
        // A few deny ingress only, written the short way: no policyTypes, no rules.
        if (context.Chance(0.05))
        {
            Add(plan.Name, "default-deny-ingress", new NetworkPolicySpec());
        }
        else
        {
            Add(plan.Name, "default-deny-all", new NetworkPolicySpec { PolicyTypes = Both });
        }
    }

    private void AllowPolicies(NamespacePlan plan, int count, IReadOnlyList<string> teams)
    {
        if (count == 0)
        {
            return;
        }

        var candidates = NamespacePolicyCatalog.Candidates(context, plan, teams).OrderBy(c => c.Priority).Take(count).ToList();
        var names = new HashSet<string>(candidates.Select(c => c.Name), StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            Add(plan.Name, candidate.Name, candidate.Build());
        }

        // A namespace given more policies than it has candidates gets pairwise allows, as teams add them over time.
        for (var extra = candidates.Count; extra < count; extra++)
        {
            var (name, spec) = PairwiseAllow(plan, extra);
            Add(plan.Name, NamespacePlanner.Unique(names, name), spec);
        }
    }

    private (string Name, NetworkPolicySpec Spec) PairwiseAllow(NamespacePlan plan, int index)
    {
        if (plan.Apps.Count == 0)
        {
            var port = 9100 + (index % 100);
            return (string.Create(CultureInfo.InvariantCulture, $"allow-monitoring-{port}"), new NetworkPolicySpec
            {
                PolicyTypes = IngressOnly,
                Ingress = [Rule([Namespaces(NamespaceNamed(SystemNamespaces.Monitoring))], [AppProfile.Port(port)])],
            });
        }

        var target = context.Pick(plan.Apps);
        var source = context.Pick(plan.Apps);
        return ($"allow-{target.Name}-from-{source.Name}", new NetworkPolicySpec
        {
            PodSelector = Labels((L.App, target.Name)),
            PolicyTypes = IngressOnly,
            Ingress = [Rule([Pods(Labels((L.App, source.Name)))], target.Profile.IngressPorts.IsEmpty ? null : target.Profile.IngressPorts)],
        });
    }

    private void Add(string ns, string name, NetworkPolicySpec spec) =>
        context.Policies.Add(new NetworkPolicy(context.Meta(ns, name, LabelSet.Empty), spec));
}
