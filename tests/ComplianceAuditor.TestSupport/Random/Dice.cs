namespace ComplianceAuditor.TestSupport.RandomClusters;

/// <summary>Small helpers over a seeded <see cref="System.Random"/>, so generated clusters are reproducible per seed.</summary>
internal sealed class Dice(int seed)
{
    private readonly System.Random random = new(seed);

    public bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>An integer from <paramref name="min"/> to <paramref name="max"/>, both inclusive.</summary>
    public int Between(int min, int max) => random.Next(min, max + 1);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Picks by weight: pairs of (weight, value).</summary>
    public T Weighted<T>(params (int Weight, T Value)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (weight, value) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("weights must be positive");
    }

    public UInt128 Bits(int count)
    {
        var high = (ulong)random.NextInt64() ^ ((ulong)random.NextInt64() << 1);
        var low = (ulong)random.NextInt64() ^ ((ulong)random.NextInt64() << 1);
        var value = new UInt128(high, low);
        return count == 0 ? UInt128.Zero : value >> (128 - count);
    }
}
