using System.Text.Json;
using ComplianceAuditor.Engine.Explain;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Reports.Explain;

namespace ComplianceAuditor.Reports.Tests;

public class ExplainWriterTests
{
    private static ExplainReport Explain(string from, string to, Protocol? protocol, int? port)
    {
        var snapshot = Fixtures.Load(Fixtures.Shop);
        var inventory = PeerInventory.Build(snapshot);
        var evaluator = new ConnectionEvaluator(CompiledPolicySet.Compile(snapshot.NetworkPolicies), inventory);
        Endpoint End(string name) => IpAddress.TryParse(name, out var ip) ? Endpoint.Of(ip) : Endpoint.Of(inventory.Find(name)!);
        return new ExplainReport(evaluator.Evaluate(End(from), End(to)), protocol, port, []);
    }

    private static string Text(ExplainReport report)
    {
        using var writer = new StringWriter();
        ExplainTextWriter.Write(writer, report);
        return writer.ToString();
    }

    [Fact]
    public void Allowed_connection_names_the_policy_rule_and_peer_entry()
    {
        var text = Text(Explain("shop/api", "data/db", null, 5432));

        Assert.Contains("verdict: ALLOWED", text, StringComparison.Ordinal);
        Assert.Contains("egress from shop/api:\n  not isolated: no NetworkPolicy in namespace shop selects it for Egress", text, StringComparison.Ordinal);
        Assert.Contains("isolated by: data/db", text, StringComparison.Ordinal);
        Assert.Contains("data/db ingress[0] from[0] [all pods in namespaces kubernetes.io/metadata.name=shop; ports: TCP 5432] allows TCP 5432", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Denied_connection_says_which_direction_denied_it_and_that_no_rule_matched()
    {
        var text = Text(Explain("data/db", "shop/api", null, 8080));

        Assert.Contains("verdict: DENIED by ingress", text, StringComparison.Ordinal);
        Assert.Contains("isolated by: shop/api", text, StringComparison.Ordinal);
        Assert.Contains("no ingress rule of these policies matches data/db", text, StringComparison.Ordinal);
        Assert.Contains("=> allows nothing", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_port_lists_every_allowed_port()
    {
        var text = Text(Explain("198.51.100.7", "shop/api", null, null));

        Assert.Contains("allowed: TCP 8080", text, StringComparison.Ordinal);
        Assert.Contains("egress from 198.51.100.7:\n  an address outside the cluster's peers: no NetworkPolicy governs it", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_form_carries_the_same_reasons()
    {
        using var stream = new MemoryStream();
        ExplainJsonWriter.Write(stream, Explain("shop/api", "data/db", Protocol.TCP, 5432));
        var root = JsonDocument.Parse(stream.ToArray()).RootElement;

        Assert.True(root.GetProperty("allowed").GetBoolean());
        Assert.Equal("5432", root.GetProperty("allowedPorts").GetProperty("TCP").GetString());
        Assert.False(root.GetProperty("egress").GetProperty("isolated").GetBoolean());
        var ingress = root.GetProperty("ingress");
        Assert.Equal(["data/db"], ingress.GetProperty("isolatingPolicies").EnumerateArray().Select(p => p.GetString()));
        var rule = Assert.Single(ingress.GetProperty("rules").EnumerateArray());
        Assert.Equal("ingress[0]", rule.GetProperty("rule").GetString());
        Assert.Equal(0, rule.GetProperty("peerIndex").GetInt32());
        Assert.True(rule.GetProperty("matchesQuery").GetBoolean());
        Assert.Equal(["10.0.0.2"], root.GetProperty("destination").GetProperty("ips").EnumerateArray().Select(p => p.GetString()));
    }
}
