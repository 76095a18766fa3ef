using System.Text.RegularExpressions;
using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.Controls.Waivers;

/// <summary>
/// One end of a waived flow as a waiver file writes it: a peer (<c>namespace/name</c>,
/// <c>namespace/name[Kind]</c>), every peer of a namespace (<c>namespace/*</c>), or addresses (a
/// range <c>first-last</c> as evidence prints it, a CIDR, or one address).
/// </summary>
internal static partial class FlowEnd
{
    /// <summary>The addresses the text names, or null when it names peers.</summary>
    public static IpRange? Addresses(string text)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && IpAddress.TryParse(text[..dash], out var first) && IpAddress.TryParse(text[(dash + 1)..], out var last))
        {
            return first.Family == last.Family && first.Value <= last.Value ? new IpRange(first, last) : null;
        }

        if (text.Contains('/', StringComparison.Ordinal) && IpPrefix.TryParse(text, out var prefix, out _))
        {
            return prefix!.Range;
        }

        return IpAddress.TryParse(text, out var address) ? new IpRange(address, address) : null;
    }

    /// <summary>Why the text names no flow end, or null when it is well formed.</summary>
    public static string? Problem(string text)
    {
        if (Addresses(text) is not null)
        {
            return null;
        }

        return Peer().IsMatch(text)
            ? null
            : $"'{text}' is not a flow end: expected namespace/name, namespace/name[Kind], namespace/*, an address range first-last, a CIDR or an address";
    }

    /// <summary>A namespace (a DNS label), then *, or an object name (a DNS subdomain) with an optional [Kind].</summary>
    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?/(\*|[a-z0-9]([-a-z0-9.]*[a-z0-9])?(\[[A-Za-z]+\])?)\z")]
    private static partial Regex Peer();
}
