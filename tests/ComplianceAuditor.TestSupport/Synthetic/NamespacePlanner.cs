using System.Globalization;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using L = ComplianceAuditor.TestSupport.Synthetic.WellKnownLabels;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// Plans the application namespaces: names "team-product-env", labels, and a log-normal share of
/// the pods (a few big namespaces, many small ones, some empty), as real multi-tenant clusters have.
/// </summary>
internal static class NamespacePlanner
{
    public static List<NamespacePlan> Plan(GeneratorContext context, int count, int pods)
    {
        var teams = Teams(context, Math.Max(3, count / 8));
        var weights = Enumerable.Range(0, count).Select(_ => SizeDistribution.LogNormalWeight(context.Random.NextDouble())).ToList();
        var budgets = Apportion.ByWeight(pods, weights);
        var used = new HashSet<string>(SystemNamespaces.All, StringComparer.Ordinal);
        var plans = new List<NamespacePlan>(count);
        for (var i = 0; i < count; i++)
        {
            var team = context.Pick(teams);
            var env = context.Pick(SyntheticVocabulary.Environments);
            var product = context.Pick(SyntheticVocabulary.Products);
            var name = Unique(used, $"{team}-{product}-{env}");

            // Cardholder data lives in a few production namespaces; those are the PCI DSS scope.
            var pci = env == "prod" && context.Chance(0.08);
            var labels = new List<KeyValuePair<string, string>>
            {
                new(L.NamespaceName, name),
                new(L.Team, team),
                new(L.Env, env),
            };
            if (pci)
            {
                labels.Add(new(L.Pci, "cde"));
            }

            if (context.Chance(0.3))
            {
                labels.Add(new("istio-injection", "enabled"));
            }

            var plan = new NamespacePlan
            {
                Name = name,
                Team = team,
                Env = env,
                Product = product,
                Pci = pci,
                DualStack = context.Chance(0.15),
                PodBudget = budgets[i],
                Labels = LabelSet.From(labels),
            };
            AppPlanner.Fill(context, plan);
            context.Namespaces.Add(new NamespaceObject(context.Meta("", name, plan.Labels)));
            plans.Add(plan);
        }

        return plans;
    }

    private static List<string> Teams(GeneratorContext context, int count)
    {
        var teams = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var word = SyntheticVocabulary.Teams[i % SyntheticVocabulary.Teams.Count];
            teams.Add(i < SyntheticVocabulary.Teams.Count ? word : string.Create(CultureInfo.InvariantCulture, $"{word}{i / SyntheticVocabulary.Teams.Count}"));
        }

        // Shuffled so that team sizes do not follow the word order.
        context.Random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(teams));
        return teams;
    }

    /// <summary>The name, or the name with the smallest "-N" that is still free.</summary>
    public static string Unique(HashSet<string> used, string name)
    {
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{name}-{n}");
        }

        return candidate;
    }
}
