using System.Globalization;
using System.Text;

namespace ComplianceAuditor.Engine.Ports;

/// <summary>
/// An immutable, canonical set of ports over 1-65535: sorted, merged, non-adjacent ranges.
/// Canonical form makes structural equality and the report's "80,443,8000-8080" text exact.
/// </summary>
public sealed class PortSet : IEquatable<PortSet>
{
    public const int MinPort = 1;
    public const int MaxPort = 65535;

    // Inclusive [start, end] pairs, sorted, with a gap of at least one port between pairs.
    private readonly int[] bounds;

    public static PortSet Empty { get; } = new([]);

    public static PortSet All { get; } = new([MinPort, MaxPort]);

    private PortSet(int[] bounds) => this.bounds = bounds;

    public bool IsEmpty => bounds.Length == 0;

    public bool IsAll => bounds.Length == 2 && bounds[0] == MinPort && bounds[1] == MaxPort;

    public int RangeCount => bounds.Length / 2;

    public IEnumerable<(int Start, int End)> Ranges
    {
        get
        {
            for (var i = 0; i < bounds.Length; i += 2)
            {
                yield return (bounds[i], bounds[i + 1]);
            }
        }
    }

    public static PortSet Range(int start, int end)
    {
        if (start < MinPort || end > MaxPort || start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"port range {start}-{end} is not within {MinPort}-{MaxPort}");
        }

        return start == MinPort && end == MaxPort ? All : new PortSet([start, end]);
    }

    public static PortSet Of(int port) => Range(port, port);

    public static PortSet FromRanges(IEnumerable<(int Start, int End)> ranges)
    {
        var result = Empty;
        foreach (var (start, end) in ranges)
        {
            result = result.Union(Range(start, end));
        }

        return result;
    }

    public bool Contains(int port)
    {
        for (var i = 0; i < bounds.Length; i += 2)
        {
            if (port < bounds[i])
            {
                return false;
            }

            if (port <= bounds[i + 1])
            {
                return true;
            }
        }

        return false;
    }

    public PortSet Union(PortSet other)
    {
        if (other.IsEmpty || ReferenceEquals(this, other) || IsAll)
        {
            return this;
        }

        if (IsEmpty || other.IsAll)
        {
            return other;
        }

        var merged = new List<int>(bounds.Length + other.bounds.Length);
        int i = 0, j = 0;
        while (i < bounds.Length || j < other.bounds.Length)
        {
            int start, end;
            if (j >= other.bounds.Length || (i < bounds.Length && bounds[i] <= other.bounds[j]))
            {
                (start, end) = (bounds[i], bounds[i + 1]);
                i += 2;
            }
            else
            {
                (start, end) = (other.bounds[j], other.bounds[j + 1]);
                j += 2;
            }

            var last = merged.Count - 1;
            if (last > 0 && start <= merged[last] + 1)
            {
                merged[last] = Math.Max(merged[last], end);
            }
            else
            {
                merged.Add(start);
                merged.Add(end);
            }
        }

        return Create(merged);
    }

    public PortSet Intersect(PortSet other)
    {
        if (IsEmpty || other.IsAll || ReferenceEquals(this, other))
        {
            return this;
        }

        if (other.IsEmpty || IsAll)
        {
            return other;
        }

        var result = new List<int>();
        int i = 0, j = 0;
        while (i < bounds.Length && j < other.bounds.Length)
        {
            var start = Math.Max(bounds[i], other.bounds[j]);
            var end = Math.Min(bounds[i + 1], other.bounds[j + 1]);
            if (start <= end)
            {
                result.Add(start);
                result.Add(end);
            }

            if (bounds[i + 1] < other.bounds[j + 1])
            {
                i += 2;
            }
            else
            {
                j += 2;
            }
        }

        return Create(result);
    }

    public bool Overlaps(PortSet other) => !Intersect(other).IsEmpty;

    /// <summary>The ports of this set that are not in <paramref name="other"/>.</summary>
    public PortSet Except(PortSet other)
    {
        if (other.IsEmpty || IsEmpty)
        {
            return this;
        }

        var result = new List<int>();
        var j = 0;
        for (var i = 0; i < bounds.Length; i += 2)
        {
            var start = bounds[i];
            var end = bounds[i + 1];
            while (j < other.bounds.Length && other.bounds[j + 1] < start)
            {
                j += 2;
            }

            for (var k = j; k < other.bounds.Length && other.bounds[k] <= end && start <= end; k += 2)
            {
                if (other.bounds[k] > start)
                {
                    result.Add(start);
                    result.Add(other.bounds[k] - 1);
                }

                start = Math.Max(start, other.bounds[k + 1] + 1);
            }

            if (start <= end)
            {
                result.Add(start);
                result.Add(end);
            }
        }

        return Create(result);
    }

    public bool Equals(PortSet? other) =>
        other is not null && (ReferenceEquals(this, other) || bounds.AsSpan().SequenceEqual(other.bounds));

    public override bool Equals(object? obj) => Equals(obj as PortSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var b in bounds)
        {
            hash.Add(b);
        }

        return hash.ToHashCode();
    }

    /// <summary>The contract's form: ascending, comma-separated single ports and a-b ranges; empty set is "".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < bounds.Length; i += 2)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(bounds[i].ToString(CultureInfo.InvariantCulture));
            if (bounds[i + 1] != bounds[i])
            {
                text.Append('-').Append(bounds[i + 1].ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static PortSet Create(List<int> merged)
    {
        if (merged.Count == 0)
        {
            return Empty;
        }

        return merged.Count == 2 && merged[0] == MinPort && merged[1] == MaxPort ? All : new PortSet([.. merged]);
    }
}
