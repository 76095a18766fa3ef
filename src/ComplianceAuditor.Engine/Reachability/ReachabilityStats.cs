namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Size and shape of a reachability answer, computed from class sizes without enumerating pairs.
/// <see cref="AllowedPairs"/> counts ordered (source, destination) peer pairs, source not the
/// destination, with at least one allowed port: the peer-to-peer entries of <c>reach --format json</c>.
/// </summary>
public sealed record ReachabilityStats
{
    public required int Pods { get; init; }

    public required int Workloads { get; init; }

    public required int Peers { get; init; }

    public required int Namespaces { get; init; }

    public required int Policies { get; init; }

    public required int PeerClasses { get; init; }

    public required int SourceClasses { get; init; }

    public required int DestinationClasses { get; init; }

    public required long AllowedPairs { get; init; }

    public required int IsolatedForIngress { get; init; }

    public required int IsolatedForEgress { get; init; }
}
