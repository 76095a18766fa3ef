using System.Collections.Concurrent;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>Bearer tokens the server accepts: the default one and any a kubeconfig was written with.</summary>
internal sealed class TokenSet
{
    private readonly ConcurrentDictionary<string, bool> tokens = new(StringComparer.Ordinal);

    public void Add(string token) => tokens.TryAdd(token, true);

    /// <summary>True for "Bearer TOKEN" with a known token; the scheme is case-insensitive (RFC 9110).</summary>
    public bool Accepts(string? authorization)
    {
        const string Scheme = "Bearer ";
        return authorization is not null
            && authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && tokens.ContainsKey(authorization[Scheme.Length..].Trim());
    }
}
