using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// The continue token: base64url of "resource|offset|resourceVersion". Clients must treat it as opaque;
/// it names the resource so a token cannot be replayed against another list (the API server's tokens
/// carry the storage key for the same reason). Resource version "-1" means "continue at the current
/// version", which is what the token in a 410 Expired answer carries.
/// </summary>
internal sealed record ContinueToken(string Resource, int Offset, string ResourceVersion)
{
    public const string CurrentVersion = "-1";

    public string Encode()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Resource}|{Offset}|{ResourceVersion}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Null with <paramref name="error"/> set when the token is not one of ours for <paramref name="resource"/>.</summary>
    public static ContinueToken? Decode(string token, string resource, out string error)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            error = "continue key is not valid: not base64url";
            return null;
        }

        var parts = text.Split('|', 3);
        if (parts.Length != 3
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || parts[2].Length == 0)
        {
            error = "continue key is not valid: expected resource|offset|resourceVersion";
            return null;
        }

        if (!string.Equals(parts[0], resource, StringComparison.Ordinal))
        {
            error = $"continue key is not valid: the token is for \"{parts[0]}\", not \"{resource}\"";
            return null;
        }

        error = "";
        return new ContinueToken(parts[0], offset, parts[2]);
    }
}
