using System.Text;

namespace ComplianceAuditor.Engine.Ports;

/// <summary>An immutable set of (protocol, port) pairs: one <see cref="PortSet"/> per protocol.</summary>
public sealed class ProtocolPortSet : IEquatable<ProtocolPortSet>
{
    private readonly PortSet tcp;
    private readonly PortSet udp;
    private readonly PortSet sctp;

    public static ProtocolPortSet Empty { get; } = new(PortSet.Empty, PortSet.Empty, PortSet.Empty);

    public static ProtocolPortSet All { get; } = new(PortSet.All, PortSet.All, PortSet.All);

    public static IReadOnlyList<Protocol> Protocols { get; } = [Protocol.TCP, Protocol.UDP, Protocol.SCTP];

    private ProtocolPortSet(PortSet tcp, PortSet udp, PortSet sctp)
    {
        this.tcp = tcp;
        this.udp = udp;
        this.sctp = sctp;
    }

    public bool IsEmpty => tcp.IsEmpty && udp.IsEmpty && sctp.IsEmpty;

    public bool IsAll => tcp.IsAll && udp.IsAll && sctp.IsAll;

    public static ProtocolPortSet Of(Protocol protocol, PortSet ports) => Empty.With(protocol, ports);

    public PortSet this[Protocol protocol] => protocol switch
    {
        Protocol.TCP => tcp,
        Protocol.UDP => udp,
        Protocol.SCTP => sctp,
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "unknown protocol"),
    };

    public ProtocolPortSet With(Protocol protocol, PortSet ports) => Create(
        protocol == Protocol.TCP ? ports : tcp,
        protocol == Protocol.UDP ? ports : udp,
        protocol == Protocol.SCTP ? ports : sctp);

    public ProtocolPortSet Union(ProtocolPortSet other)
    {
        if (other.IsEmpty || ReferenceEquals(this, other) || ReferenceEquals(this, All))
        {
            return this;
        }

        return IsEmpty ? other : Create(tcp.Union(other.tcp), udp.Union(other.udp), sctp.Union(other.sctp));
    }

    public ProtocolPortSet Intersect(ProtocolPortSet other)
    {
        if (ReferenceEquals(other, All) || ReferenceEquals(this, other) || IsEmpty)
        {
            return this;
        }

        return ReferenceEquals(this, All) ? other : Create(tcp.Intersect(other.tcp), udp.Intersect(other.udp), sctp.Intersect(other.sctp));
    }

    /// <summary>The pairs of this set that are not in <paramref name="other"/>.</summary>
    public ProtocolPortSet Except(ProtocolPortSet other) =>
        other.IsEmpty || IsEmpty ? this : Create(tcp.Except(other.tcp), udp.Except(other.udp), sctp.Except(other.sctp));

    public bool Contains(Protocol protocol, int port) => this[protocol].Contains(port);

    public bool Equals(ProtocolPortSet? other) =>
        other is not null && (ReferenceEquals(this, other) || (tcp.Equals(other.tcp) && udp.Equals(other.udp) && sctp.Equals(other.sctp)));

    public override bool Equals(object? obj) => Equals(obj as ProtocolPortSet);

    public override int GetHashCode() => HashCode.Combine(tcp, udp, sctp);

    /// <summary>Human form, e.g. "TCP 80,443; UDP 53"; "nothing" when empty.</summary>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return "nothing";
        }

        var text = new StringBuilder();
        foreach (var protocol in Protocols)
        {
            var ports = this[protocol];
            if (ports.IsEmpty)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("; ");
            }

            text.Append(protocol.ToString()).Append(' ').Append(ports.ToString());
        }

        return text.ToString();
    }

    private static ProtocolPortSet Create(PortSet tcp, PortSet udp, PortSet sctp)
    {
        if (tcp.IsEmpty && udp.IsEmpty && sctp.IsEmpty)
        {
            return Empty;
        }

        return tcp.IsAll && udp.IsAll && sctp.IsAll ? All : new ProtocolPortSet(tcp, udp, sctp);
    }
}
