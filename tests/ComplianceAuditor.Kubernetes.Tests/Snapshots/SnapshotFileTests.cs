using System.IO.Compression;
using System.Text;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests;
using ComplianceAuditor.Kubernetes.Snapshots;

namespace ComplianceAuditor.Kubernetes.Tests.Snapshots;

public sealed class SnapshotFileTests : IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("snapshot-tests-");

    public void Dispose() => temp.Delete(recursive: true);

    private static SnapshotContent Content(params CoverageGap[] missing) => new()
    {
        ApiServer = "https://10.0.0.1:6443",
        Context = "prod",
        KubernetesVersion = "v1.31.2",
        TakenAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
        ToolVersion = "0.1.0",
        Sections =
        [
            new SnapshotSection("namespaces", "Namespace", "100", [Bytes("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"shop","labels":{"team":"web"}}}""")]),
            new SnapshotSection("pods", "Pod", "101", [Bytes("""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-1","namespace":"shop","labels":{"app":"web"}},"spec":{"containers":[{"name":"web","ports":[{"name":"http","containerPort":8080}]}]},"status":{"phase":"Running","podIP":"10.1.0.5"}}""")]),
            new SnapshotSection("networkpolicies.networking.k8s.io", "NetworkPolicy", "102", [Bytes("""{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"deny","namespace":"shop"},"spec":{"podSelector":{},"policyTypes":["Ingress"]}}""")]),
        ],
        Absent = ["adminnetworkpolicies.policy.networking.k8s.io"],
        Missing = missing,
    };

    private static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    [Fact]
    public void A_written_snapshot_reads_back_with_its_source_and_verified_hash()
    {
        var bytes = SnapshotWriter.Serialize(Content(), out var sha256);

        var result = ManifestLoader.LoadBytes("snap.json", bytes);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal("shop", result.Snapshot.Namespaces.Single().Metadata.Name);
        Assert.Equal(8080, result.Snapshot.Pods.Single().ContainerPorts.Single().Port);
        Assert.Equal(["web"], result.Snapshot.Pods.Single().ContainerNames.ToArray());
        Assert.True(result.Snapshot.NetworkPolicies.Single().Spec.AffectsIngress);
        var source = Assert.Single(result.Snapshot.Sources);
        Assert.Equal(sha256, source.Sha256);
        Assert.Equal("https://10.0.0.1:6443", source.ApiServer);
        Assert.Equal("prod", source.Context);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero), source.TakenAt);
        Assert.True(result.Snapshot.IsComplete);
    }

    [Fact]
    public void The_same_content_always_gives_the_same_bytes_and_hash()
    {
        var first = SnapshotWriter.Serialize(Content(), out var firstHash);
        var second = SnapshotWriter.Serialize(Content(), out var secondHash);

        Assert.Equal(first, second);
        Assert.Equal(firstHash, secondHash);
        Assert.Matches("^[0-9a-f]{64}$", firstHash);
    }

    [Fact]
    public void Changing_any_byte_is_detected_and_nothing_is_read()
    {
        var bytes = SnapshotWriter.Serialize(Content(), out _);
        var text = Encoding.UTF8.GetString(bytes).Replace("\"podIP\":\"10.1.0.5\"", "\"podIP\":\"10.1.0.6\"", StringComparison.Ordinal);

        var result = ManifestLoader.LoadBytes("snap.json", Encoding.UTF8.GetBytes(text));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.StartsWith("the snapshot was altered after it was written", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Snapshot.Pods);
    }

    [Fact]
    public void A_reformatted_snapshot_cannot_be_verified_and_is_not_read()
    {
        var bytes = SnapshotWriter.Serialize(Content(), out _);
        var pretty = System.Text.Json.Nodes.JsonNode.Parse(bytes)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

        var result = ManifestLoader.LoadBytes("snap.json", Encoding.UTF8.GetBytes(pretty));

        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("cannot be verified", StringComparison.Ordinal));
        Assert.Empty(result.Snapshot.Pods);
    }

    [Fact]
    public void A_gzip_snapshot_file_is_written_and_read_by_its_extension()
    {
        var path = Path.Combine(temp.FullName, "cluster.json.gz");

        var sha256 = SnapshotWriter.WriteFile(Content(), path);

        using (var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
        {
            Assert.StartsWith(SnapshotFormat.Prefix, reader.ReadToEnd(), StringComparison.Ordinal);
        }

        var result = ManifestLoader.Load([path]);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(sha256, result.Snapshot.Sources.Single().Sha256);
        Assert.Single(result.Snapshot.Pods);
    }

    [Fact]
    public void A_snapshot_file_is_read_beside_manifests_from_a_directory()
    {
        SnapshotWriter.WriteFile(Content(), Path.Combine(temp.FullName, "snapshot.json"));
        File.WriteAllText(Path.Combine(temp.FullName, "extra.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: extra}\n");

        var result = ManifestLoader.Load([temp.FullName]);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(["extra", "shop"], result.Snapshot.Namespaces.Select(n => n.Metadata.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_partial_snapshot_records_exactly_what_is_missing()
    {
        var gap = new CoverageGap("networkpolicies.networking.k8s.io", "cannot list networkpolicies.networking.k8s.io at the cluster scope: grant get,list on networkpolicies");
        var bytes = SnapshotWriter.Serialize(Content(gap), out _);

        var result = ManifestLoader.LoadBytes("snap.json", bytes);

        Assert.False(result.HasErrors);
        Assert.False(result.Snapshot.IsComplete);
        Assert.Equal([gap], result.Snapshot.Gaps.ToArray());
        Assert.Contains("\"complete\":false", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
