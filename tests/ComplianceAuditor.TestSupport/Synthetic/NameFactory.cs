using System.Globalization;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>Controller-style random names and uids, all drawn from the generator's seeded random source.</summary>
internal sealed class NameFactory(Random random)
{
    // The alphabet Kubernetes uses for generated names: no vowels, no look-alike digits.
    private const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";

    public string Suffix(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>A ReplicaSet's pod-template-hash.</summary>
    public string TemplateHash() => Suffix(10);

    public string Uid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
    }
}
