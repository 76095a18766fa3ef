namespace ComplianceAuditor.Engine.Ports;

/// <summary>The transport protocols a NetworkPolicy port can name, in the order reports list them.</summary>
public enum Protocol
{
    TCP = 0,
    UDP = 1,
    SCTP = 2,
}
