using System.Security.Cryptography;
using System.Text;

namespace ComplianceAuditor.Kubernetes.Snapshots;

/// <summary>Checks a snapshot file's bytes against the SHA-256 they carry.</summary>
public static class SnapshotIntegrity
{
    private const int HexLength = 64;

    /// <summary>True when the bytes start like a snapshot file (so they must verify).</summary>
    public static bool LooksLikeSnapshot(ReadOnlySpan<byte> bytes) =>
        bytes.TrimStart("\uFEFF"u8).StartsWith(Encoding.UTF8.GetBytes(SnapshotFormat.Prefix));

    /// <summary>The verified hash, or null with the reason it does not verify.</summary>
    public static string? Verify(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        var body = bytes.TrimEnd("\r\n \t"u8);
        var member = Encoding.UTF8.GetBytes(SnapshotFormat.HashMember);
        var tail = member.Length + HexLength + 2;
        if (body.Length < tail || !body[^tail..].StartsWith(member) || !body.EndsWith("\"}"u8))
        {
            problem = "the snapshot's sha256 member is missing or not where the format puts it (last member of the document)";
            return null;
        }

        var recorded = Encoding.ASCII.GetString(body[^(HexLength + 2)..^2]);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(body[..^tail]);
        hash.AppendData("}"u8);
        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (!string.Equals(actual, recorded, StringComparison.Ordinal))
        {
            problem = $"the snapshot was altered after it was written: its content hashes to {actual}, but it records {recorded}";
            return null;
        }

        return actual;
    }
}
