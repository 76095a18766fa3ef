namespace ComplianceAuditor.Engine.Reachability;

/// <summary>Peers identical both as source and as destination: the unit the engine reasons about.</summary>
internal sealed class PeerClass(int source, int destination)
{
    public int Source { get; } = source;

    public int Destination { get; } = destination;

    public List<int> Peers { get; } = [];
}
