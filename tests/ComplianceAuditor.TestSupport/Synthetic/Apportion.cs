namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>Splits a total into integer shares proportional to weights that add up to the total exactly.</summary>
internal static class Apportion
{
    /// <summary>Largest-remainder method; ties go to the earlier index, so the result is deterministic.</summary>
    public static int[] ByWeight(int total, IReadOnlyList<double> weights)
    {
        var shares = new int[weights.Count];
        var sum = weights.Sum();
        if (total <= 0 || weights.Count == 0)
        {
            return shares;
        }

        if (sum <= 0)
        {
            return ByWeight(total, [.. weights.Select(_ => 1.0)]);
        }

        var remainders = new (double Remainder, int Index)[weights.Count];
        var assigned = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = total * weights[i] / sum;
            shares[i] = (int)Math.Floor(exact);
            assigned += shares[i];
            remainders[i] = (exact - shares[i], i);
        }

        Array.Sort(remainders, (a, b) => a.Remainder != b.Remainder ? b.Remainder.CompareTo(a.Remainder) : a.Index.CompareTo(b.Index));
        for (var i = 0; assigned < total; i = (i + 1) % remainders.Length)
        {
            shares[remainders[i].Index]++;
            assigned++;
        }

        return shares;
    }
}
