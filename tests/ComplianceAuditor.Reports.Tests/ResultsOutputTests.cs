using System.Text;
using System.Text.Json;
using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Reports.Results;

namespace ComplianceAuditor.Reports.Tests;

/// <summary>
/// results.json and the summary carry text anyone who can annotate a policy wrote: it must stay
/// one escaped line in the summary, a proper JSON string in results.json, and never stop the audit.
/// </summary>
public class ResultsOutputTests
{
    private static readonly DateTimeOffset AuditTime = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private const string Catalog = """
        apiVersion: compliance-auditor.io/v1alpha1
        kind: ControlCatalog
        framework: {id: test, name: Test, version: "1"}
        controls:
        - id: review
          title: Policies are reviewed
          description: d
          severity: low
          checks:
          - {type: policy-review, zones: [cde]}
        """;

    /// <summary>A CDE namespace whose only policy's review date is whatever the caller writes (a YAML double-quoted scalar body).</summary>
    private static string Cluster(string reviewedAt) => $$$"""
        apiVersion: v1
        kind: Namespace
        metadata: {name: payments, labels: {compliance-auditor.io/zone: cde}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: api, namespace: payments, labels: {app: api}}
        status: {podIP: 10.0.0.1}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: deny
          namespace: payments
          annotations: {compliance-auditor.io/reviewed-at: "{{{reviewedAt}}}"}
        spec: {podSelector: {}, policyTypes: [Ingress]}
        """;

    private static AuditResult Audit(string reviewedAt)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = CatalogLoader.Parse("catalog.yaml", Catalog, ScopeDefinition.Default, diagnostics);
        Assert.True(catalog is not null, string.Join("\n", diagnostics.Items));
        return Auditor.Run(new AuditContext(Fixtures.Load(Cluster(reviewedAt)), ScopeDefinition.Default, AuditTime), [catalog!], []);
    }

    private static string Summary(AuditResult result)
    {
        using var writer = new StringWriter();
        SummaryTextWriter.Write(writer, result, "out/results.json");
        return writer.ToString();
    }

    private static byte[] Json(AuditResult result)
    {
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(stream, result, "0.0.0-test");
        return stream.ToArray();
    }

    [Fact]
    public void An_annotation_with_escapes_and_newlines_stays_on_its_one_summary_line()
    {
        var result = Audit("\\e[2J\\nFORGED: every control passes\\r\\u202e");

        var summary = Summary(result);

        Assert.DoesNotContain('\u001b', summary);
        Assert.DoesNotContain('\r', summary);
        Assert.DoesNotContain('\u202e', summary);
        var lines = summary.Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("FORGED", StringComparison.Ordinal));
        var line = Assert.Single(lines, l => l.Contains("test/review", StringComparison.Ordinal));
        Assert.Contains("'\\u001b[2J\\u000aFORGED: every control passes\\u000d\\u202e'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annotation_with_escapes_round_trips_through_results_json()
    {
        const string hostile = "\u001b[2J\nFORGED\"}, \"status\": \"pass\r\u202e";
        var result = Audit("\\e[2J\\nFORGED\\\"}, \\\"status\\\": \\\"pass\\r\\u202e");

        using var document = JsonDocument.Parse(Json(result));

        var finding = document.RootElement.GetProperty("frameworks")[0].GetProperty("controls")[0].GetProperty("checks")[0].GetProperty("findings")[0];
        Assert.Equal("fail", finding.GetProperty("status").GetString());
        Assert.Contains($"'{hostile}'", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = Json(Audit("2020-01-01"));
        var second = Json(Audit("2020-01-01"));

        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.Contains("\"auditedAt\": \"2026-12-01T09:00:00Z\"", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }
}
