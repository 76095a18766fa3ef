using System.Collections.Immutable;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.TestSupport.RandomClusters;

/// <summary>
/// Small random, valid clusters for property tests: 2-4 namespaces (explicit or implicit, some
/// with a wrong <c>kubernetes.io/metadata.name</c>), 2-8 pods in every phase, workloads of all
/// seven kinds with ownerReference chains (including uid mismatches and dangling references),
/// and 0-6 NetworkPolicies. The same seed gives the same cluster.
/// </summary>
public sealed class RandomClusterGenerator(int seed)
{
    /// <summary>No generated port, endPort or container port exceeds this; tests rely on it to probe finitely.</summary>
    public const int MaxPortNumber = 12;

    private static readonly WorkloadKind[] Kinds = Enum.GetValues<WorkloadKind>();

    private readonly Dice dice = new(seed);

    public ClusterSnapshot Generate()
    {
        var namespaces = Vocabulary.NamespaceNames.Take(dice.Between(2, 4)).ToList();
        var namespaceObjects = Vocabulary.NamespaceNames
            .Where(n => namespaces.Contains(n) ? dice.Chance(0.6) : dice.Chance(0.1))
            .Select(Namespace)
            .ToList();
        var workloads = Workloads(namespaces);
        var pods = Enumerable.Range(0, dice.Between(2, 8)).Select(i => Pod(i, dice.Pick(namespaces), workloads)).ToList();
        var policies = Enumerable.Range(0, dice.Between(0, 6)).Select(i => RandomPolicies.Policy(dice, dice.Pick(namespaces), $"np-{i}")).ToList();
        return new ClusterSnapshot
        {
            Namespaces = [.. namespaceObjects],
            Pods = [.. pods],
            Workloads = [.. workloads],
            NetworkPolicies = [.. policies],
        };
    }

    private NamespaceObject Namespace(string name)
    {
        var labels = RandomLabels.Labels(dice, Vocabulary.NamespaceLabels, 0.6);
        if (dice.Chance(0.4))
        {
            // Another namespace's name: the forced name label must win over what the object says.
            labels = labels.With(Vocabulary.NameLabel, dice.Pick([.. Vocabulary.NamespaceNames.Where(n => n != name)]));
        }

        return new NamespaceObject(new ObjectMeta { Name = name, Namespace = "", Labels = labels });
    }

    private List<Workload> Workloads(List<string> namespaces)
    {
        var workloads = new List<Workload>();
        for (var i = dice.Weighted((2, 0), (3, 1), (3, 2), (2, 3), (2, 4)); i > 0; i--)
        {
            var ns = dice.Pick(namespaces);
            var kind = dice.Pick(Kinds);
            var name = dice.Pick(Vocabulary.WorkloadNames);
            if (workloads.Any(w => w.Metadata.Namespace == ns && w.Kind == kind && w.Metadata.Name == name))
            {
                continue;
            }

            var metadata = new ObjectMeta
            {
                Name = name,
                Namespace = ns,
                Uid = dice.Chance(0.8) ? $"uid-{workloads.Count}" : null,
                // Owners come from earlier workloads only, so chains never loop.
                OwnerReferences = OwnerReferences(ns, workloads, dice.Chance(0.55) ? 1 : 0),
            };
            var template = new PodTemplate
            {
                Labels = dice.Chance(0.15) ? LabelSet.Empty : RandomLabels.Labels(dice, Vocabulary.PodLabels, 0.6),
                HostNetwork = dice.Chance(0.1),
                ContainerPorts = ContainerPorts(),
            };
            workloads.Add(new Workload(kind, metadata, template));
        }

        return workloads;
    }

    private Pod Pod(int index, string ns, List<Workload> workloads) => new()
    {
        Metadata = new ObjectMeta
        {
            Name = $"pod-{index}",
            Namespace = ns,
            Labels = RandomLabels.Labels(dice, Vocabulary.PodLabels, 0.6),
            OwnerReferences = OwnerReferences(ns, workloads, dice.Weighted((4, 0), (5, 1), (1, 2))),
        },
        Phase = dice.Weighted<string?>((10, null), (55, "Running"), (15, "Pending"), (10, "Succeeded"), (10, "Failed")),
        HostNetwork = dice.Chance(0.1),
        PodIPs = RandomAddresses.PodIPs(dice),
        ContainerPorts = ContainerPorts(),
    };

    /// <summary>
    /// References mostly to workloads of the namespace, with the owner's uid, no uid, or a wrong
    /// one; sometimes to a workload of another namespace or to nothing in the input.
    /// </summary>
    private ImmutableArray<OwnerReference> OwnerReferences(string ns, List<Workload> candidates, int count)
    {
        var references = new List<OwnerReference>();
        for (var i = 0; i < count; i++)
        {
            var local = candidates.Where(w => w.Metadata.Namespace == ns).ToList();
            var roll = dice.Between(0, 99);
            if (roll < 75 && local.Count > 0)
            {
                var owner = dice.Pick(local);
                var uid = dice.Weighted((60, owner.Metadata.Uid), (20, null), (20, "uid-mismatch"));
                references.Add(new OwnerReference(owner.Kind.ToString(), owner.Metadata.Name, uid));
            }
            else if (roll < 90 && candidates.Count > 0)
            {
                var other = dice.Pick(candidates);
                references.Add(new OwnerReference(other.Kind.ToString(), other.Metadata.Name, other.Metadata.Uid));
            }
            else
            {
                references.Add(new OwnerReference(dice.Pick(Kinds).ToString(), "gone", null));
            }
        }

        return [.. references];
    }

    /// <summary>Names unique within the pod and (port, protocol) unique, as pod validation requires.</summary>
    private ImmutableArray<ContainerPort> ContainerPorts()
    {
        var ports = new List<ContainerPort>();
        for (var i = dice.Weighted((3, 0), (4, 1), (3, 2), (2, 3)); i > 0; i--)
        {
            var name = dice.Chance(0.8) ? dice.Pick(Vocabulary.PortNames) : null;
            var port = new ContainerPort(name, dice.Weighted((50, Protocol.TCP), (30, Protocol.UDP), (20, Protocol.SCTP)), dice.Between(1, 10));
            if (!ports.Any(p => (name is not null && p.Name == name) || (p.Port == port.Port && p.Protocol == port.Protocol)))
            {
                ports.Add(port);
            }
        }

        return [.. ports];
    }
}
