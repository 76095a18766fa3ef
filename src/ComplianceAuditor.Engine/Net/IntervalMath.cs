namespace ComplianceAuditor.Engine.Net;

/// <summary>Union and difference of canonical inclusive interval lists stored as flat [start, end, ...] arrays.</summary>
internal static class IntervalMath
{
    public static UInt128[] Union(UInt128[] a, UInt128[] b)
    {
        if (b.Length == 0)
        {
            return a;
        }

        if (a.Length == 0)
        {
            return b;
        }

        var merged = new List<UInt128>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            UInt128 start, end;
            if (j >= b.Length || (i < a.Length && a[i] <= b[j]))
            {
                (start, end) = (a[i], a[i + 1]);
                i += 2;
            }
            else
            {
                (start, end) = (b[j], b[j + 1]);
                j += 2;
            }

            var last = merged.Count - 1;
            // Adjacent ranges merge too: end + 1 == start. The previous end is never the space's
            // maximum when start follows it, so end + 1 cannot overflow here.
            if (last > 0 && (start <= merged[last] || start - 1 == merged[last]))
            {
                merged[last] = UInt128.Max(merged[last], end);
            }
            else
            {
                merged.Add(start);
                merged.Add(end);
            }
        }

        return [.. merged];
    }

    public static UInt128[] Subtract(UInt128[] a, UInt128[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a;
        }

        var result = new List<UInt128>(a.Length);
        var j = 0;
        for (var i = 0; i < a.Length; i += 2)
        {
            var start = a[i];
            var end = a[i + 1];
            var exhausted = false;
            while (j < b.Length && b[j + 1] < start)
            {
                j += 2;
            }

            for (var k = j; k < b.Length && b[k] <= end; k += 2)
            {
                if (b[k] > start)
                {
                    result.Add(start);
                    result.Add(b[k] - 1);
                }

                if (b[k + 1] >= end)
                {
                    exhausted = true;
                    break;
                }

                start = b[k + 1] + 1;
            }

            if (!exhausted)
            {
                result.Add(start);
                result.Add(end);
            }
        }

        return [.. result];
    }
}
