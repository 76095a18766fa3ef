namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// Namespace sizes: a log-normal (σ = 1.1) drawn through a table of its quantiles with linear
/// interpolation. Only additions, multiplications and divisions are used, which IEEE 754 rounds
/// the same everywhere; Math.Exp or Math.Log could differ in the last bit between platforms and
/// change the apportioned sizes, so one seed would no longer give one cluster.
/// </summary>
internal static class SizeDistribution
{
    private static readonly (double P, double Quantile)[] Table =
    [
        (0.0, 0.0), (0.001, 0.0334), (0.01, 0.0774), (0.05, 0.1638), (0.1, 0.2442), (0.2, 0.3962),
        (0.3, 0.5617), (0.4, 0.7568), (0.5, 1.0), (0.6, 1.3214), (0.7, 1.7804), (0.8, 2.5238),
        (0.9, 4.0948), (0.95, 6.1064), (0.99, 12.9227), (0.999, 29.9418), (1.0, 40.0),
    ];

    /// <summary>The weight at cumulative probability <paramref name="p"/> in [0, 1).</summary>
    public static double LogNormalWeight(double p)
    {
        for (var i = 1; i < Table.Length; i++)
        {
            var (p1, q1) = Table[i];
            if (p < p1)
            {
                var (p0, q0) = Table[i - 1];
                return q0 + ((q1 - q0) * (p - p0) / (p1 - p0));
            }
        }

        return Table[^1].Quantile;
    }
}
