using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Checks;
using ComplianceAuditor.Controls.Evaluation;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Controls.Tests.Checks;

/// <summary>
/// Builds checks the way an audit does (a catalog parsed with the built-in scope) and clusters from
/// manifests, so each test reads as the YAML a user would write.
/// </summary>
internal static class CheckKit
{
    public static readonly DateTimeOffset AuditTime = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The line of the catalog <see cref="CatalogText"/> writes where the check's first line goes.</summary>
    public const int CheckLine = 10;

    public static AuditContext Context(string manifests, DateTimeOffset? now = null)
    {
        var result = ManifestLoader.LoadText("test.yaml", manifests);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return new AuditContext(result.Snapshot, ScopeDefinition.Default, now ?? AuditTime);
    }

    /// <summary>Parses one check, given as block YAML (the first line is the check's "type: ..." line).</summary>
    public static Check Parse(string check)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = CatalogLoader.Parse("catalog.yaml", CatalogText(check), ScopeDefinition.Default, diagnostics);
        Assert.True(catalog is not null, string.Join("\n", diagnostics.Items));
        return Assert.Single(Assert.Single(catalog.Controls).Checks);
    }

    /// <summary>The errors parsing one check gives; the catalog is refused.</summary>
    public static IReadOnlyList<Diagnostic> Errors(string check)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(CatalogLoader.Parse("catalog.yaml", CatalogText(check), ScopeDefinition.Default, diagnostics));
        return [.. diagnostics.Items.Where(d => d.IsError)];
    }

    public static IReadOnlyList<Finding> Evaluate(string check, string manifests, DateTimeOffset? now = null) =>
        Parse(check).Evaluate(Context(manifests, now));

    public static Finding Single(string check, string manifests, DateTimeOffset? now = null) =>
        Assert.Single(Evaluate(check, manifests, now));

    public static Finding About(this IReadOnlyList<Finding> findings, string subject) =>
        Assert.Single(findings, f => f.Subject == subject);

    public static string CatalogText(string check)
    {
        var lines = check.Trim().Split('\n').Select((line, i) => (i == 0 ? "  - " : "    ") + line.TrimEnd());
        return $"""
            apiVersion: compliance-auditor.io/v1alpha1
            kind: ControlCatalog
            framework: {"{"}id: test, name: Test, version: "1"{"}"}
            controls:
            - id: "1"
              title: A control
              description: What the checks prove
              severity: high
              checks:
            {string.Join("\n", lines)}

            """;
    }

    /// <summary>A namespace in a built-in zone.</summary>
    public static string Namespace(string name, string zone) => $"""
        apiVersion: v1
        kind: Namespace
        metadata: {"{"}name: {name}, labels: {"{"}compliance-auditor.io/zone: {zone}{"}"}{"}"}
        ---

        """;

    /// <summary>A running pod with an IP and labels written as a flow mapping body ("app: db").</summary>
    public static string Pod(string ns, string name, string ip, string labels = "") => $"""
        apiVersion: v1
        kind: Pod
        metadata: {"{"}name: {name}, namespace: {ns}, labels: {"{"}{labels}{"}"}{"}"}
        status: {"{"}phase: Running, podIP: {ip}{"}"}
        ---

        """;
}
