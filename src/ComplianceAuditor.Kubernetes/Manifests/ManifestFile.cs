using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests.Decoding;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;
using ComplianceAuditor.Kubernetes.Snapshots;

namespace ComplianceAuditor.Kubernetes.Manifests;

/// <summary>Reads one file (or text) with the JSON or YAML reader into the snapshot being built.</summary>
internal static class ManifestFile
{
    private const int BufferSize = 1 << 16;

    public static void Read(string path, SnapshotAccumulator accumulator, List<Diagnostic> diagnostics)
    {
        try
        {
            var json = InputFiles.IsJson(path);
            if (json && IsSnapshotFile(path))
            {
                var bytes = File.ReadAllBytes(path);
                accumulator.AddFile(new InputFile(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength));
                ParseSnapshot(path, Decompressed(path, bytes), accumulator, diagnostics);
                return;
            }

            // Hash the bytes as they are read: a dump is read once, however large.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
            using var hashing = HashingStream.ForReading(file);
            using (var stream = IsCompressed(path) ? new GZipStream(hashing, CompressionMode.Decompress, leaveOpen: true) : (Stream)hashing)
            {
                Parse(path, stream, json, accumulator, diagnostics, verifiedSha256: null);
                accumulator.AddFile(new InputFile(path, hashing.FinishReading(), file.Length));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"cannot read file: {exception.Message}", new SourceLocation(path, 0, 0, 0)));
        }
    }

    public static void ReadText(string fileName, string text, SnapshotAccumulator accumulator, List<Diagnostic> diagnostics) =>
        ReadBytes(fileName, Encoding.UTF8.GetBytes(text), accumulator, diagnostics);

    public static void ReadBytes(string fileName, byte[] bytes, SnapshotAccumulator accumulator, List<Diagnostic> diagnostics)
    {
        var json = InputFiles.IsJson(fileName);
        if (json && SnapshotIntegrity.LooksLikeSnapshot(bytes))
        {
            ParseSnapshot(fileName, bytes, accumulator, diagnostics);
            return;
        }

        using var stream = new MemoryStream(bytes, writable: false);
        Parse(fileName, stream, json, accumulator, diagnostics, verifiedSha256: null);
    }

    /// <summary>A snapshot is verified before any of it is read: altered evidence is not evidence.</summary>
    private static void ParseSnapshot(string file, byte[] bytes, SnapshotAccumulator accumulator, List<Diagnostic> diagnostics)
    {
        var sha256 = SnapshotIntegrity.Verify(bytes, out var problem);
        if (sha256 is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, problem!, new SourceLocation(file, 1, 1, 1), "ClusterSnapshot"));
            return;
        }

        using var stream = new MemoryStream(bytes, writable: false);
        Parse(file, stream, json: true, accumulator, diagnostics, sha256);
    }

    private static bool IsSnapshotFile(string path)
    {
        using var stream = Open(path);
        var head = new byte[SnapshotFormat.Prefix.Length + 3];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return SnapshotIntegrity.LooksLikeSnapshot(head.AsSpan(0, read));
    }

    private static byte[] Decompressed(string path, byte[] bytes)
    {
        if (!IsCompressed(path))
        {
            return bytes;
        }

        using var stream = new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Opens a file, decompressing it when its name ends in .gz.</summary>
    private static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        return IsCompressed(path) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static bool IsCompressed(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    private static void Parse(string file, Stream stream, bool json, SnapshotAccumulator accumulator, List<Diagnostic> diagnostics, string? verifiedSha256)
    {
        var decoder = new DocumentDecoder(file, accumulator, diagnostics, verifiedSha256);
        var builder = new TreeBuilder(file, decoder, diagnostics);
        if (json)
        {
            JsonDocumentReader.Read(stream, builder);
            return;
        }

        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen: true);
        YamlDocumentReader.Read(text, builder);
    }
}
