using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

/// <summary>Every file read is recorded with the SHA-256 of its bytes on disk, so results can be tied to the exact dump.</summary>
public sealed class InputFileHashTests : IDisposable
{
    private const string Manifest = """
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: shop}
        status: {podIP: 10.0.0.1}
        # a comment after the last object is part of the file and of its hash
        """;

    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("input-hash-");

    [Fact]
    public void Yaml_json_and_gzip_files_are_hashed_as_they_are_on_disk()
    {
        var yaml = Write("a.yaml", Encoding.UTF8.GetBytes(Manifest));
        var json = Write("b.json", Encoding.UTF8.GetBytes("""{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "payments"}}  """));
        var gzip = Write("c.yaml.gz", Gzip(Encoding.UTF8.GetBytes(Manifest.Replace("shop", "other", StringComparison.Ordinal))));

        var result = ManifestLoader.Load([yaml, json, gzip]);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(3, result.Snapshot.Namespaces.Length);
        Assert.Equal(
            new[] { yaml, json, gzip }.Select(f => (f, Hash(File.ReadAllBytes(f)), new FileInfo(f).Length)),
            result.Snapshot.Files.Select(f => (f.Path, f.Sha256, f.Bytes)));
    }

    [Fact]
    public void A_file_with_errors_is_still_recorded()
    {
        var path = Write("bad.yaml", Encoding.UTF8.GetBytes("apiVersion: v1\nkind: Pod\nmetadata: {name: [x]}\n"));

        var result = ManifestLoader.Load([path]);

        Assert.True(result.HasErrors);
        Assert.Equal(Hash(File.ReadAllBytes(path)), Assert.Single(result.Snapshot.Files).Sha256);
    }

    public void Dispose() => dir.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
