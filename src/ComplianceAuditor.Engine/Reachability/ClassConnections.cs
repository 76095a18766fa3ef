using System.Collections.Immutable;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// The connections into the wanted peers of one destination class, at class level: every peer of
/// a source class listed in <see cref="Sources"/> reaches every peer of <see cref="Destinations"/>
/// on the ports given, and when <see cref="AllUnrestrictedSources"/> is set so does every peer of
/// the egress-unrestricted source classes (<see cref="ReachabilityAnalysis.UnrestrictedSourceClasses"/>)
/// on every port. A peer never connects to itself: the pair of a destination peer with itself is
/// not a connection even when its own source class is listed.
/// </summary>
/// <param name="Destinations">The wanted peers of the class, in class order.</param>
/// <param name="Sources">Source classes with egress restrictions that are let in, with the ports, in scan order.</param>
/// <param name="AllUnrestrictedSources">The class is not isolated for ingress: every unrestricted source reaches it on every port.</param>
public sealed record ClassConnections(ImmutableArray<int> Destinations, ImmutableArray<(int SourceClass, ProtocolPortSet Ports)> Sources, bool AllUnrestrictedSources);
