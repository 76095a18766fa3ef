using System.Globalization;
using ComplianceAuditor.Engine.Labels;
using L = ComplianceAuditor.TestSupport.Synthetic.WellKnownLabels;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// Fills a namespace's pod budget with applications: mostly small Deployments of backends, some
/// StatefulSet data stores, CronJobs and the odd bare pod. Bigger namespaces run bigger replica
/// counts rather than only more applications.
/// </summary>
internal static class AppPlanner
{
    private static readonly (Tier Tier, double Weight)[] TierWeights =
    [
        (Tier.Frontend, 10), (Tier.Backend, 36), (Tier.Worker, 12), (Tier.Database, 10),
        (Tier.Cache, 8), (Tier.Queue, 6), (Tier.Batch, 6),
    ];

    private static readonly int[] DeploymentReplicas = [1, 1, 2, 2, 2, 3, 3, 4, 6, 10];

    public static void Fill(GeneratorContext context, NamespacePlan plan)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var remaining = plan.PodBudget;
        var scale = 1 + (plan.PodBudget / 400);
        while (remaining > 0)
        {
            var tier = DrawTier(context);
            var kind = KindFor(context, tier);
            var replicas = Math.Min(remaining, ReplicasFor(context, kind, tier, scale));
            var baseName = context.Pick(SyntheticVocabulary.AppNames(tier));
            var name = NamespacePlanner.Unique(used, baseName);
            var version = 1 + context.Random.Next(3);
            plan.Apps.Add(new AppPlan
            {
                Name = name,
                Tier = tier,
                Kind = kind,
                Replicas = replicas,
                Version = version,
                Profile = AppProfile.For(tier, baseName),
                TemplateLabels = LabelSet.Of(
                    (L.App, name),
                    (L.Tier, SyntheticVocabulary.TierLabel(tier)),
                    (L.Version, string.Create(CultureInfo.InvariantCulture, $"v{version}")),
                    (L.Name, name),
                    (L.PartOf, plan.Product)),
            });
            remaining -= replicas;
        }
    }

    private static Tier DrawTier(GeneratorContext context)
    {
        var draw = context.Random.NextDouble() * TierWeights.Sum(t => t.Weight);
        foreach (var (tier, weight) in TierWeights)
        {
            draw -= weight;
            if (draw < 0)
            {
                return tier;
            }
        }

        return Tier.Backend;
    }

    private static AppKind KindFor(GeneratorContext context, Tier tier) => tier switch
    {
        Tier.Database or Tier.Queue => AppKind.StatefulSet,
        Tier.Cache => context.Chance(0.5) ? AppKind.StatefulSet : AppKind.Deployment,
        Tier.Batch => AppKind.CronJob,
        Tier.Backend or Tier.Worker when context.Chance(0.02) => AppKind.StandalonePod,
        _ => AppKind.Deployment,
    };

    private static int ReplicasFor(GeneratorContext context, AppKind kind, Tier tier, int scale) => kind switch
    {
        // Scaled to zero (or never rolled out): the Deployment stands for its pods as a workload peer.
        AppKind.Deployment when context.Chance(0.03) => 0,
        AppKind.Deployment => context.Pick(DeploymentReplicas) * scale,
        AppKind.StatefulSet => tier == Tier.Queue || context.Chance(0.4) ? 3 : 1,
        AppKind.CronJob => 1 + context.Random.Next(3),
        _ => 1,
    };
}
