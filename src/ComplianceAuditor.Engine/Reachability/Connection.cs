using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// One entry of the connectivity answer: a peer name or an address range "first-last" on each
/// side, and the ports allowed from source to destination.
/// </summary>
public sealed record Connection(string Source, string Destination, ProtocolPortSet Ports);
