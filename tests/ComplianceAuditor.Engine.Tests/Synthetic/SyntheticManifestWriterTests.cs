using System.Text.Json;
using ComplianceAuditor.TestSupport.Synthetic;

namespace ComplianceAuditor.Engine.Tests.Synthetic;

/// <summary>The written manifest must have kubectl's shape, so the CLI reads generated clusters like real dumps.</summary>
public sealed class SyntheticManifestWriterTests
{
    [Fact]
    public void Writes_every_object_once_in_a_kubectl_list()
    {
        var snapshot = SyntheticClusterGenerator.Generate(new SyntheticClusterOptions { Seed = 3, Pods = 300, Namespaces = 12, Policies = 40 });
        using var document = Parse(snapshot);
        var root = document.RootElement;
        var kinds = root.GetProperty("items").EnumerateArray().GroupBy(i => i.GetProperty("kind").GetString()).ToDictionary(g => g.Key!, g => g.Count());

        Assert.Equal("List", root.GetProperty("kind").GetString());
        Assert.Equal(snapshot.Pods.Length, kinds["Pod"]);
        Assert.Equal(snapshot.Namespaces.Length, kinds["Namespace"]);
        Assert.Equal(snapshot.NetworkPolicies.Length, kinds["NetworkPolicy"]);
        Assert.Equal(snapshot.Workloads.Length, kinds.Where(k => k.Key is not ("Pod" or "Namespace" or "NetworkPolicy")).Sum(k => k.Value));
    }

    [Fact]
    public void Pod_owner_references_lead_to_listed_workloads_with_the_same_uid()
    {
        var snapshot = SyntheticClusterGenerator.Generate(new SyntheticClusterOptions { Seed = 3, Pods = 300, Namespaces = 12, Policies = 40 });
        using var document = Parse(snapshot);
        var items = document.RootElement.GetProperty("items").EnumerateArray().ToList();
        var uids = items.Where(i => i.GetProperty("kind").GetString() is not ("Pod" or "Namespace" or "NetworkPolicy"))
            .ToDictionary(i => (i.GetProperty("kind").GetString(), i.GetProperty("metadata").GetProperty("namespace").GetString(), i.GetProperty("metadata").GetProperty("name").GetString()),
                i => i.GetProperty("metadata").GetProperty("uid").GetString());
        var owned = items.Where(i => i.GetProperty("kind").GetString() == "Pod" && i.GetProperty("metadata").TryGetProperty("ownerReferences", out _)).ToList();

        Assert.NotEmpty(owned);
        foreach (var pod in owned)
        {
            var ns = pod.GetProperty("metadata").GetProperty("namespace").GetString();
            var owner = pod.GetProperty("metadata").GetProperty("ownerReferences")[0];
            var key = (owner.GetProperty("kind").GetString(), ns, owner.GetProperty("name").GetString());
            Assert.Equal(uids[key], owner.GetProperty("uid").GetString());
        }
    }

    [Fact]
    public void Pods_carry_podIPs_and_named_container_ports()
    {
        var snapshot = SyntheticClusterGenerator.Generate(new SyntheticClusterOptions { Seed = 3, Pods = 300, Namespaces = 12, Policies = 40 });
        using var document = Parse(snapshot);
        var pods = document.RootElement.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "Pod").ToList();

        Assert.All(pods, p => Assert.Equal(p.GetProperty("status").GetProperty("podIP").GetString(), p.GetProperty("status").GetProperty("podIPs")[0].GetProperty("ip").GetString()));
        Assert.Contains(pods, p => p.GetProperty("spec").GetProperty("containers")[0].TryGetProperty("ports", out var ports)
            && ports.EnumerateArray().Any(port => port.TryGetProperty("name", out var name) && name.GetString() == "http"));
    }

    private static JsonDocument Parse(Engine.Model.ClusterSnapshot snapshot)
    {
        using var stream = new MemoryStream();
        SyntheticManifestWriter.Write(snapshot, stream);
        return JsonDocument.Parse(stream.ToArray());
    }
}
