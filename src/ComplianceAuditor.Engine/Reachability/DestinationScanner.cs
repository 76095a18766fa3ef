using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// For one destination class, finds every source class allowed to reach it and on which ports,
/// touching only the sources some rule concerns. Scratch arrays are reused across scans; one
/// scanner per thread.
/// </summary>
internal sealed class DestinationScanner
{
    private readonly ScanIndex index;
    private readonly IReadOnlyList<RuleType> ingressTypes;
    private readonly IReadOnlyList<RuleType> egressTypes;
    private readonly ProtocolPortSet[] accumulated;
    private readonly int[] accumulatedStamp;
    private readonly ProtocolPortSet[] typePorts;
    private readonly int[] typeStamp;
    private readonly List<int> touched = [];
    private readonly List<int> reaching = [];
    private int epoch;

    public DestinationScanner(ScanIndex index)
    {
        this.index = index;
        ingressTypes = index.Model.Registry.Types(PolicyType.Ingress);
        egressTypes = index.Model.Registry.Types(PolicyType.Egress);
        accumulated = new ProtocolPortSet[index.Model.Sources.Length];
        accumulatedStamp = new int[accumulated.Length];
        typePorts = new ProtocolPortSet[egressTypes.Count];
        typeStamp = new int[egressTypes.Count];
    }

    /// <summary>Restricted-egress sources and egress-unrestricted sources that ingress lets in, with allowed ports.</summary>
    public List<(int Source, ProtocolPortSet Ports)> Allowed { get; } = [];

    /// <summary>True when the destination is not isolated for ingress, so every unrestricted source reaches it on every port.</summary>
    public bool AllUnrestrictedSources { get; private set; }

    public void Scan(DestinationClass destination)
    {
        epoch++;
        touched.Clear();
        reaching.Clear();
        Allowed.Clear();
        AllUnrestrictedSources = destination.IngressTypes is null;
        if (destination.IngressTypes is null)
        {
            ScanUnisolated(destination);
        }
        else
        {
            ScanIsolated(destination, destination.IngressTypes);
        }
    }

    /// <summary>The ports allowed from a source class in the last scan.</summary>
    public ProtocolPortSet AllowedFrom(int source)
    {
        if (accumulatedStamp[source] == epoch)
        {
            return accumulated[source];
        }

        return AllUnrestrictedSources && index.Model.Sources[source].EgressTypes is null ? ProtocolPortSet.All : ProtocolPortSet.Empty;
    }

    private void ScanUnisolated(DestinationClass destination)
    {
        MarkReachingEgressTypes(destination);
        foreach (var type in reaching)
        {
            var ports = typePorts[type];
            if (ports.IsEmpty)
            {
                continue;
            }

            foreach (var source in index.SourcesByEgressType[type])
            {
                Accumulate(source, ports);
            }
        }

        foreach (var source in touched)
        {
            Allowed.Add((source, accumulated[source]));
        }
    }

    private void ScanIsolated(DestinationClass destination, int[] ingress)
    {
        foreach (var typeId in ingress)
        {
            var type = ingressTypes[typeId];
            var ports = type.PortsFor(destination.NamedPorts);
            if (ports.IsEmpty)
            {
                continue;
            }

            foreach (var peer in type.PeerIds)
            {
                foreach (var source in index.SourcesByIngressPeer[peer])
                {
                    Accumulate(source, ports);
                }
            }
        }

        if (touched.Count > 0)
        {
            MarkReachingEgressTypes(destination);
        }

        foreach (var source in touched)
        {
            var allowed = accumulated[source].Intersect(EgressPorts(index.Model.Sources[source]));
            accumulated[source] = allowed;
            if (!allowed.IsEmpty)
            {
                Allowed.Add((source, allowed));
            }
        }
    }

    private ProtocolPortSet EgressPorts(SourceClass source)
    {
        if (source.EgressTypes is null)
        {
            return ProtocolPortSet.All;
        }

        var result = ProtocolPortSet.Empty;
        foreach (var type in source.EgressTypes)
        {
            if (typeStamp[type] == epoch)
            {
                result = result.Union(typePorts[type]);
            }
        }

        return result;
    }

    private void MarkReachingEgressTypes(DestinationClass destination)
    {
        foreach (var peer in destination.MatchedEgressPeers)
        {
            foreach (var type in index.EgressTypesByPeer[peer])
            {
                if (typeStamp[type] != epoch)
                {
                    typeStamp[type] = epoch;
                    typePorts[type] = egressTypes[type].PortsFor(destination.NamedPorts);
                    reaching.Add(type);
                }
            }
        }
    }

    private void Accumulate(int source, ProtocolPortSet ports)
    {
        if (accumulatedStamp[source] == epoch)
        {
            accumulated[source] = accumulated[source].Union(ports);
            return;
        }

        accumulatedStamp[source] = epoch;
        accumulated[source] = ports;
        touched.Add(source);
    }
}
