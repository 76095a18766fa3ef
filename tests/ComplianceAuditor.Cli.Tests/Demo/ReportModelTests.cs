using System.Text;
using System.Text.Json.Nodes;
using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Cli.Tests.Demo;

/// <summary>Reports render from results.json read back: the reader sees everything the writer wrote, and refuses anything else.</summary>
public class ReportModelTests(DemoAudit audit) : IClassFixture<DemoAudit>
{
    [Fact]
    public void The_demo_results_read_back_completely()
    {
        var report = AuditReportReader.Read(audit.First.ResultsPath, out var error);

        Assert.True(report is not null, error);
        var json = audit.Results.RootElement;
        Assert.Equal(DemoAudit.AuditTime, report.AuditedAt);
        Assert.Equal(
            json.GetProperty("frameworks").EnumerateArray().Select(f => (f.GetProperty("id").GetString(), f.GetProperty("score").GetDouble())),
            report.Frameworks.Select(f => ((string?)f.Id, f.Score ?? -1)));
        var hipaa = report.Frameworks.Single(f => f.Id == "hipaa-security-rule");
        Assert.Equal("not-applicable", hipaa.Controls.Single(c => c.Id == "164.308(a)(4)(ii)(A)").Status);
        var flow = hipaa.Controls.Single(c => c.Id == "164.312(a)(1)").Checks.SelectMany(c => c.Findings).SelectMany(f => f.Evidence.Flows).First();
        Assert.Equal(("patient-records/ehr-postgres-0", "TCP 5432", "5432"), (flow.Dst, flow.Ports, flow.Protocols["TCP"]));
        Assert.Contains("patient-records/allow-ehr-postgres ingress[1] from[0]", flow.AllowedBy);
        Assert.Equal(["W-2026-031", "W-2026-032"], report.Waivers.Applied.Select(w => w.Id));
        Assert.Equal(new DateOnly(2026, 9, 30), Assert.Single(report.Waivers.Expired).Expires);
        Assert.Equal(json.GetProperty("namespaces").GetArrayLength(), report.Namespaces.Length);
        Assert.Contains("kube-system", report.Scope.UnzonedNamespaces);
    }

    [Theory]
    [InlineData("""{"schemaVersion": "1.0"}""", "JSON deserialization for type")]
    [InlineData("[1, 2]", "not an audit's results.json")]
    [InlineData("{", "not an audit's results.json")]
    public void Anything_but_an_audits_results_is_refused(string text, string expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        Assert.Null(AuditReportReader.Read(stream, "x.json", out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.StartsWith("x.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_or_another_schema_version_is_refused()
    {
        var text = File.ReadAllText(audit.First.ResultsPath);
        var extra = text.Replace("\"schemaVersion\": \"1.1\",", "\"schemaVersion\": \"1.1\", \"extra\": 1,", StringComparison.Ordinal);
        var newer = text.Replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"2.0\"", StringComparison.Ordinal);
        Assert.NotEqual(text, extra);

        Assert.Null(AuditReportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(extra)), "r.json", out var unknown));
        Assert.Contains("extra", unknown, StringComparison.Ordinal);
        Assert.Null(AuditReportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(newer)), "r.json", out var version));
        Assert.Equal("r.json: schemaVersion '2.0' is not one this version reads (1.0 or 1.1)", version);
    }

    [Fact]
    public void A_1_0_results_json_is_read_with_its_policies_unknown_and_the_inventory_belongs_to_1_1_only()
    {
        var current = JsonNode.Parse(File.ReadAllText(audit.First.ResultsPath))!;
        var withoutInventory = current.DeepClone();
        withoutInventory["input"]!.AsObject().Remove("policyInventory");
        var old = withoutInventory.DeepClone();
        old["schemaVersion"] = "1.0";
        var oldWithInventory = current.DeepClone();
        oldWithInventory["schemaVersion"] = "1.0";

        var report = Read(old, out _);
        Assert.Null(Read(withoutInventory, out var missing));
        Assert.Null(Read(oldWithInventory, out var unexpected));

        Assert.NotNull(report);
        Assert.Null(report.Input.PolicyInventory);
        Assert.Equal("r.json: schemaVersion 1.1 requires input.policyInventory", missing);
        Assert.Equal("r.json: input.policyInventory is not part of schemaVersion 1.0", unexpected);
        Assert.Equal(15, Read(current, out _)!.Input.PolicyInventory!.Value.Length);
    }

    private static AuditReport? Read(JsonNode node, out string? error) =>
        AuditReportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(node.ToJsonString())), "r.json", out error);
}
