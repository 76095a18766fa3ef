namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// The size and seed of a synthetic cluster. <see cref="Pods"/>, <see cref="Namespaces"/> and
/// <see cref="Policies"/> are exact counts of the objects in the generated snapshot (pods include
/// finished and host-network ones, which are not peers), so benchmark tables can quote them as given.
/// </summary>
public sealed record SyntheticClusterOptions
{
    /// <summary>The smallest cluster that still has every system component and one application namespace.</summary>
    public const int MinPods = 60;

    public const int MinNamespaces = SystemNamespaces.Count + 1;

    public int Seed { get; init; } = 42;

    public int Pods { get; init; } = 10_000;

    public int Namespaces { get; init; } = 700;

    public int Policies { get; init; } = 2_000;

    /// <summary>The three sizes the benchmarks report: 10k, 50k and 150k pods.</summary>
    public static SyntheticClusterOptions Small { get; } = new();

    public static SyntheticClusterOptions Medium { get; } = new() { Pods = 50_000, Namespaces = 3_500, Policies = 10_000 };

    public static SyntheticClusterOptions Large { get; } = new() { Pods = 150_000, Namespaces = 10_000, Policies = 30_000 };

    /// <summary>A cluster of <paramref name="pods"/> pods with the namespace and policy density of the default sizes (7 namespaces and 20 policies per 100 pods).</summary>
    public static SyntheticClusterOptions Scaled(int pods, int seed = 42) => new()
    {
        Seed = seed,
        Pods = pods,
        Namespaces = Math.Max(MinNamespaces, (int)(pods * 0.07)),
        Policies = pods / 5,
    };

    /// <summary>Throws when the sizes cannot hold the fixed system components.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Pods, MinPods, nameof(Pods));
        ArgumentOutOfRangeException.ThrowIfLessThan(Namespaces, MinNamespaces, nameof(Namespaces));
        ArgumentOutOfRangeException.ThrowIfNegative(Policies, nameof(Policies));
    }
}
