using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// The state one generation run shares: the single seeded random source (every draw goes through it,
/// in a fixed order, which is what makes a seed reproduce a cluster) and the objects made so far.
/// </summary>
internal sealed class GeneratorContext
{
    public GeneratorContext(SyntheticClusterOptions options)
    {
        Options = options;
        Random = new Random(options.Seed);
        Names = new NameFactory(Random);

        // About 100 pods per node, as on a typical production node pool.
        Ips = new IpAllocator(Random, Math.Max(3, options.Pods / 100));
        Pods = new List<Pod>(options.Pods);
        Policies = new List<NetworkPolicy>(options.Policies);
    }

    public SyntheticClusterOptions Options { get; }

    public Random Random { get; }

    public NameFactory Names { get; }

    public IpAllocator Ips { get; }

    public List<NamespaceObject> Namespaces { get; } = [];

    public List<Pod> Pods { get; }

    public List<Workload> Workloads { get; } = [];

    public List<NetworkPolicy> Policies { get; }

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public ObjectMeta Meta(string ns, string name, Engine.Labels.LabelSet labels, params OwnerReference[] owners) => new()
    {
        Name = name,
        Namespace = ns,
        Uid = Names.Uid(),
        Labels = labels,
        OwnerReferences = [.. owners],
    };
}
