using System.Text.Json;
using ComplianceAuditor.Engine.Reachability;
using ComplianceAuditor.Reports.Connectivity;

namespace ComplianceAuditor.Reports.Tests;

public class ReachJsonWriterTests
{
    [Fact]
    public void Writes_peers_and_sorted_connections_with_protocol_keys_in_contract_order()
    {
        var analysis = ReachabilityAnalysis.Compute(Fixtures.Load(Fixtures.Shop));
        using var stream = new MemoryStream();
        ReachJsonWriter.Write(stream, analysis.Inventory, analysis.Connections());

        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(["data/db", "shop/api"], json.RootElement.GetProperty("peers").EnumerateArray().Select(p => p.GetString()));
        var connections = json.RootElement.GetProperty("connections").EnumerateArray()
            .Select(c => (Src: c.GetProperty("src").GetString()!, Dst: c.GetProperty("dst").GetString()!, Protocols: c.GetProperty("protocols")))
            .ToList();
        Assert.Equal(connections.OrderBy(c => c.Src, StringComparer.Ordinal).ThenBy(c => c.Dst, StringComparer.Ordinal).ToList(), connections);

        var apiToDb = Assert.Single(connections, c => c is { Src: "shop/api", Dst: "data/db" });
        Assert.Equal([("TCP", "5432")], apiToDb.Protocols.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)));
        Assert.DoesNotContain(connections, c => c is { Src: "data/db", Dst: "shop/api" });

        var external = Assert.Single(connections, c => c is { Src: "198.51.100.0-198.51.100.255", Dst: "shop/api" });
        Assert.Equal("8080", external.Protocols.GetProperty("TCP").GetString());

        var toAnywhere = Assert.Single(connections, c => c is { Src: "shop/api", Dst: "0.0.0.0-255.255.255.255" });
        Assert.Equal(["TCP", "UDP", "SCTP"], toAnywhere.Protocols.EnumerateObject().Select(p => p.Name));
        Assert.All(toAnywhere.Protocols.EnumerateObject(), p => Assert.Equal("1-65535", p.Value.GetString()));
    }
}
