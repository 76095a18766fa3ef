using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Rules with the same peers and ports behave identically wherever they are written, so the bulk
/// engine works on these deduplicated types, not on every rule of every policy.
/// </summary>
internal sealed class RuleType
{
    private readonly ProtocolPortSet? fixedPorts;
    private readonly ProtocolPortSet externalPorts;

    public RuleType(int id, int[] peerIds, ImmutableArray<PortMatcher> ports)
    {
        Id = id;
        PeerIds = peerIds;
        Ports = ports;
        var named = ports.Any(p => p.IsNamed);
        fixedPorts = named ? null : Resolve(null);
        externalPorts = Resolve(null);
    }

    public int Id { get; }

    public int[] PeerIds { get; }

    public ImmutableArray<PortMatcher> Ports { get; }

    /// <summary>The ports towards a destination with these container ports.</summary>
    public ProtocolPortSet PortsFor(ImmutableArray<ContainerPort> destinationPorts) => fixedPorts ?? Resolve(destinationPorts);

    /// <summary>The ports towards an external address (named ports allow nothing there).</summary>
    public ProtocolPortSet ExternalPorts => externalPorts;

    private ProtocolPortSet Resolve(ImmutableArray<ContainerPort>? destinationPorts)
    {
        var result = ProtocolPortSet.Empty;
        foreach (var port in Ports)
        {
            result = result.Union(port.Resolve(destinationPorts));
        }

        return result;
    }
}
