namespace ComplianceAuditor.Engine.Net;

/// <summary>The two address spaces. An IPv4-mapped IPv6 address belongs to <see cref="IPv6"/>.</summary>
public enum IpFamily
{
    IPv4 = 4,
    IPv6 = 6,
}
