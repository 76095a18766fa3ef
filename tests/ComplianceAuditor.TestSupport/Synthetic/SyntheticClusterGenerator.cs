using ComplianceAuditor.Engine.Model;
using System.Runtime.InteropServices;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// Builds a seeded synthetic cluster of realistic shape for benchmarks and property tests: system
/// namespaces (kube-dns, ingress-nginx, monitoring, node agents), application namespaces labelled
/// by team, environment and PCI zone, Deployments/StatefulSets/DaemonSets/CronJobs with the owner
/// chains and controller labels the real controllers write, dual-stack pods, and NetworkPolicies
/// that look like what teams write (default deny, per-app allows, DNS, scraping, ingress, ipBlocks,
/// named ports, port ranges, cross-namespace selectors). The same options give the same snapshot.
/// </summary>
public static class SyntheticClusterGenerator
{
    public static ClusterSnapshot Generate(SyntheticClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var context = new GeneratorContext(options);
        var workloads = new WorkloadFactory(context);
        SystemComponents.Add(context, workloads);

        var appPods = options.Pods - context.Pods.Count;
        if (appPods < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"{options.Pods} pods do not cover the {context.Pods.Count} system pods");
        }

        var plans = NamespacePlanner.Plan(context, options.Namespaces - SystemNamespaces.Count, appPods);
        foreach (var plan in plans)
        {
            workloads.Begin(plan.Name, plan.DualStack);
            foreach (var app in plan.Apps)
            {
                AddApp(context, workloads, app);
            }
        }

        var teams = plans.Select(p => p.Team).Distinct(StringComparer.Ordinal).ToList();
        new PolicyFactory(context).AddAll(plans, teams);
        return new ClusterSnapshot
        {
            Namespaces = [.. context.Namespaces],
            Pods = ImmutableCollectionsMarshal.AsImmutableArray(context.Pods.ToArray()),
            Workloads = [.. context.Workloads],
            NetworkPolicies = [.. context.Policies],
        };
    }

    private static void AddApp(GeneratorContext context, WorkloadFactory workloads, AppPlan app)
    {
        var ports = app.Profile.Ports;
        switch (app.Kind)
        {
            case AppKind.Deployment:
                // A third of the Deployments keep the ReplicaSet of their previous version.
                var previous = app.Version > 1 && context.Chance(0.3)
                    ? app.TemplateLabels.With(WellKnownLabels.Version, $"v{app.Version - 1}")
                    : null;
                workloads.Deployment(app.Name, app.TemplateLabels, ports, app.Replicas, previous);
                break;
            case AppKind.StatefulSet:
                workloads.StatefulSet(app.Name, app.TemplateLabels, ports, app.Replicas);
                break;
            case AppKind.CronJob:
                workloads.CronJob(app.Name, app.TemplateLabels, ports, app.Replicas, lastRunning: context.Chance(0.15));
                break;
            case AppKind.StandalonePod:
                workloads.StandalonePod(app.Name, app.TemplateLabels, ports);
                break;
            default:
                throw new InvalidOperationException($"unknown application kind {app.Kind}");
        }
    }
}
