using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using static ComplianceAuditor.TestSupport.Synthetic.PolicyParts;
using L = ComplianceAuditor.TestSupport.Synthetic.WellKnownLabels;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// The policy a team writes for one application: admit its callers on its service ports, and let it
/// reach its dependencies on theirs. Callers and dependencies follow the usual tiering (frontends
/// call backends, backends call data stores and queues, workers consume queues).
/// </summary>
internal static class AppPolicyBuilder
{
    public static NetworkPolicySpec Build(GeneratorContext context, NamespacePlan plan, AppPlan app)
    {
        var callers = plan.Apps.Where(a => a != app && Calls(a.Tier, app.Tier)).ToList();
        var dependencies = plan.Apps.Where(a => a != app && Calls(app.Tier, a.Tier) && !a.Profile.IngressPorts.IsEmpty).ToList();
        var ingress = callers.Count == 0 ? [] : new[] { Rule(CallerPeers(context, callers), app.Profile.IngressPorts.IsEmpty ? null : app.Profile.IngressPorts) };
        var egress = EgressRules(dependencies);
        var draw = context.Random.NextDouble();
        return new NetworkPolicySpec
        {
            PodSelector = Labels((L.App, app.Name)),

            // Mostly explicit; some leave policyTypes to the API server's default, and a few forget Egress
            // (their egress rules are then written but do not count, a classic audit finding).
            PolicyTypes = draw < 0.85 ? Both : draw < 0.95 ? null : IngressOnly,
            Ingress = [.. ingress],
            Egress = [.. egress],
        };
    }

    /// <summary>Whether applications of tier <paramref name="caller"/> call those of tier <paramref name="callee"/>.</summary>
    public static bool Calls(Tier caller, Tier callee) => (caller, callee) switch
    {
        (Tier.Frontend, Tier.Backend) => true,
        (Tier.Backend, Tier.Backend or Tier.Database or Tier.Cache or Tier.Queue) => true,
        (Tier.Worker, Tier.Backend or Tier.Database or Tier.Queue) => true,
        (Tier.Batch, Tier.Database or Tier.Backend) => true,
        _ => false,
    };

    private static IEnumerable<NetworkPolicyPeer> CallerPeers(GeneratorContext context, List<AppPlan> callers)
    {
        if (callers.Count <= 3)
        {
            return callers.Select(c => Pods(Labels((L.App, c.Name))));
        }

        return context.Chance(0.5)
            ? [Pods(Expression(L.App, LabelSelectorOperator.In, [.. callers.Select(c => c.Name)]))]
            : callers.Select(c => c.TierLabel).Distinct(StringComparer.Ordinal).Select(t => Pods(Labels((L.Tier, t))));
    }

    private static IEnumerable<NetworkPolicyRule> EgressRules(List<AppPlan> dependencies)
    {
        if (dependencies.Count <= 4)
        {
            return dependencies.Select(d => Rule([Pods(Labels((L.App, d.Name)))], d.Profile.IngressPorts));
        }

        // Many dependencies: one rule per tier, with the ports of all of them.
        return dependencies.GroupBy(d => d.TierLabel, StringComparer.Ordinal).Select(g => Rule(
            [Pods(Labels((L.Tier, g.Key)))],
            g.SelectMany(d => d.Profile.IngressPorts).DistinctBy(p => p.ToString(), StringComparer.Ordinal)));
    }
}
