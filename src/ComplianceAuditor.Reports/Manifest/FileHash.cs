using System.Security.Cryptography;

namespace ComplianceAuditor.Reports.Manifest;

/// <summary>The size and SHA-256 (lowercase hex) of a file, read as a stream so a large report is never held in memory.</summary>
public static class FileHash
{
    /// <summary>Counts the bytes it hashes rather than asking the length first, so size and hash describe the same bytes.</summary>
    public static (long Bytes, string Sha256) Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long bytes = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            bytes += read;
        }

        return (bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
