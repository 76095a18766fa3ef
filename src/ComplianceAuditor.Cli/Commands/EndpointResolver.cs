using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>Turns a --from/--to value into a peer or an address, or says precisely why it cannot.</summary>
internal static class EndpointResolver
{
    public sealed record Result(Endpoint? Endpoint, string? Error, IReadOnlyList<string> Notes);

    public static Result Resolve(string text, PeerInventory inventory, string option)
    {
        if (IpAddress.TryParse(text, out var address))
        {
            var owners = inventory.Peers.Where(p => p.IPs.Contains(address)).Select(p => p.DisplayName).ToList();
            var notes = owners.Count == 0 ? [] : new[]
            {
                $"{address} is a recorded IP of {string.Join(", ", owners)}; it is explained as an address outside the cluster's peers (name the peer to explain pod traffic)",
            };
            return new Result(Endpoint.Of(address), null, notes);
        }

        if (!text.Contains('/', StringComparison.Ordinal))
        {
            return Fail($"{option} '{text}' is neither namespace/name nor an IP address");
        }

        if (inventory.Find(text) is { } peer)
        {
            return new Result(Endpoint.Of(peer), null, []);
        }

        var excluded = inventory.NotPeers.FirstOrDefault(e => e.QualifiedName == text);
        if (excluded is not null)
        {
            return Fail($"{option} {excluded.Kind} {text} is not a peer: {excluded.Reason}");
        }

        return Fail($"{option}: no peer named '{text}'{Suggestions(text, inventory)}");
    }

    private static string Suggestions(string text, PeerInventory inventory)
    {
        var ns = text[..text.IndexOf('/', StringComparison.Ordinal)];
        var inNamespace = inventory.Peers.Where(p => p.Namespace == ns).Select(p => p.DisplayName).Take(10).ToList();
        return inNamespace.Count == 0
            ? $"; namespace '{ns}' has no peers"
            : $"; peers in namespace '{ns}' include: {string.Join(", ", inNamespace)}";
    }

    private static Result Fail(string error) => new(null, error, []);
}
