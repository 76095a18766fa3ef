using System.Globalization;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>Parses catalog port lists: "TCP 443", "UDP 53", "TCP 8000-8080", or "TCP" for every port of it.</summary>
public static class PortSpec
{
    public static bool TryParse(string text, out ProtocolPortSet ports, out string? error)
    {
        ports = ProtocolPortSet.Empty;
        error = null;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2 || !Enum.TryParse<Protocol>(parts[0], ignoreCase: false, out var protocol) || !Enum.IsDefined(protocol))
        {
            error = $"'{text}' is not a port such as \"TCP 443\", \"UDP 53\", \"TCP 8000-8080\" or \"TCP\"";
            return false;
        }

        if (parts.Length == 1)
        {
            ports = ProtocolPortSet.Of(protocol, PortSet.All);
            return true;
        }

        var range = parts[1].Split('-');
        if (range.Length > 2 || !range.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= PortSet.MinPort and <= PortSet.MaxPort))
        {
            error = $"'{text}': ports are numbers from 1 to 65535, one or a range a-b";
            return false;
        }

        var start = int.Parse(range[0], CultureInfo.InvariantCulture);
        var end = range.Length == 2 ? int.Parse(range[1], CultureInfo.InvariantCulture) : start;
        if (end < start)
        {
            error = $"'{text}': the range ends before it starts";
            return false;
        }

        ports = ProtocolPortSet.Of(protocol, PortSet.Range(start, end));
        return true;
    }
}
