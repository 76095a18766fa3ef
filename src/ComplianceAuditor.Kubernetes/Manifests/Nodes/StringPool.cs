using System.Text;

namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>
/// Shares the strings of short JSON keys and values ("name", "TCP", "Running"...), which repeat in
/// every object of a large dump. Bounded, so unique values (uids, names) stop being added once it
/// is full instead of growing it without limit.
/// </summary>
internal sealed class StringPool
{
    public const int MaxPooledBytes = 64;
    private const int MaxEntries = 1 << 16;

    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPool() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string for <paramref name="chars"/>, shared when seen before.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (lookup.TryGetValue(chars, out var existing))
        {
            return existing;
        }

        var created = new string(chars);
        if (strings.Count < MaxEntries)
        {
            strings.Add(created, created);
        }

        return created;
    }

    /// <summary>An ASCII or UTF-8 token (numbers, literals) as a shared string.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxPooledBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxPooledBytes];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        return Get(chars[..length]);
    }
}
