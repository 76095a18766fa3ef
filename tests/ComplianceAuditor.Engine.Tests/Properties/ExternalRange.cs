using System.Net.Sockets;
using System.Numerics;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Tests.Properties;

/// <summary>One address-range entry of the engine's answer, read back from its text.</summary>
internal sealed record ExternalRange(AddressFamily Family, BigInteger First, BigInteger Last, ProtocolPortSet Ports, string Text)
{
    public bool Contains(AddressFamily family, BigInteger address) => family == Family && First <= address && address <= Last;
}
