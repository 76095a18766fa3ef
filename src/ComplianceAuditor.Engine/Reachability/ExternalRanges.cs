using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Cuts each address space into maximal ranges over which the allowed ports are constant, leaving
/// out ranges where nothing is allowed: the contract's form for external peers.
/// </summary>
public static class ExternalRanges
{
    public static IReadOnlyList<(IpRange Range, ProtocolPortSet Ports)> Build(IEnumerable<(IpRangeSet Addresses, ProtocolPortSet Ports)> contributions)
    {
        var useful = contributions.Where(c => !c.Ports.IsEmpty && !c.Addresses.IsEmpty).ToList();
        var result = new List<(IpRange, ProtocolPortSet)>();
        foreach (var family in (IpFamily[])[IpFamily.IPv4, IpFamily.IPv6])
        {
            AddFamily(family, useful, result);
        }

        return result;
    }

    private static void AddFamily(IpFamily family, List<(IpRangeSet Addresses, ProtocolPortSet Ports)> contributions, List<(IpRange, ProtocolPortSet)> result)
    {
        var max = IpAddress.MaxValue(family);
        var starts = AddressCuts.Starts(family, contributions.Select(c => c.Addresses));
        ProtocolPortSet? current = null;
        var currentStart = UInt128.Zero;
        for (var i = 0; i < starts.Length; i++)
        {
            var point = new IpAddress(family, starts[i]);
            var ports = ProtocolPortSet.Empty;
            foreach (var (addresses, allowed) in contributions)
            {
                if (addresses.Contains(point))
                {
                    ports = ports.Union(allowed);
                }
            }

            if (current is not null && ports.Equals(current))
            {
                continue;
            }

            Flush(family, current, currentStart, starts[i] - 1, result);
            (current, currentStart) = (ports, starts[i]);
        }

        Flush(family, current, currentStart, max, result);
    }

    private static void Flush(IpFamily family, ProtocolPortSet? ports, UInt128 start, UInt128 end, List<(IpRange, ProtocolPortSet)> result)
    {
        if (ports is { IsEmpty: false })
        {
            result.Add((new IpRange(new IpAddress(family, start), new IpAddress(family, end)), ports));
        }
    }
}
