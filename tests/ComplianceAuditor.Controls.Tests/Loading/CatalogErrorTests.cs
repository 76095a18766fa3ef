using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Controls.Tests.Loading;

public class CatalogErrorTests
{
    private static List<(int Line, int Column, string? Path, string Message)> Errors(string text)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = CatalogLoader.Parse("bad.yaml", text, ScopeDefinition.Default, diagnostics);
        Assert.Null(catalog);
        return [.. diagnostics.Items.Where(d => d.IsError).Select(d => (d.Location!.Line, d.Location.Column, d.FieldPath, d.Message))];
    }

    private const string Head = """
        apiVersion: compliance-auditor.io/v1alpha1
        kind: ControlCatalog
        framework: {id: t, name: T, version: "1"}
        controls:

        """;

    [Fact]
    public void Every_problem_is_reported_at_once_with_line_and_column()
    {
        var errors = Errors(Head + """
            - id: "1"
              title: t
              description: d
              severity: severe
              checks:
              - {type: zone-isolation, from: [dmz], to: [cde], alow: []}
            - id: "2"
              titel: typo
              description: d
              severity: low
              checks:
              - {type: no-such-check}
            - id: "3"
              title: t
              description: d
              severity: low
              checks:
              - {type: default-deny, zones: [cdee], direction: sideways}
            """);

        Assert.Contains((8, 13, "controls[0].severity", "expected critical, high, medium or low, found 'severe'"), errors);
        Assert.Contains(errors, e => e is { Line: 10, Column: 52, Path: "controls[0].checks[0].alow" } && e.Message.StartsWith("unknown field 'alow'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 12, Column: 3, Path: "controls[1].titel" } && e.Message.StartsWith("unknown field 'titel'", StringComparison.Ordinal));
        Assert.Contains((11, 3, "controls[1].title", "title is required"), errors);
        Assert.Contains(errors, e => e is { Line: 16, Column: 12, Path: "controls[1].checks[0].type" } && e.Message.StartsWith("unknown check type 'no-such-check'; expected one of", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 22, Path: "controls[2].checks[0].direction" } && e.Message == "expected ingress, egress or both, found 'sideways'");
        Assert.True(errors.Count >= 6, string.Join("\n", errors));
    }

    [Fact]
    public void A_zone_the_scope_lacks_is_an_error()
    {
        var errors = Errors(Head + """
            - id: "1"
              title: t
              description: d
              severity: low
              checks:
              - {type: default-deny, zones: [cdee]}
            """);

        var error = Assert.Single(errors);
        Assert.Equal(10, error.Line);
        Assert.StartsWith("zone 'cdee' is not in the scope (built-in); zones: cde, connected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_keys_are_rejected_with_their_position()
    {
        var errors = Errors(Head + """
            - id: "1"
              id: "2"
              title: t
            """);

        var error = Assert.Single(errors);
        Assert.StartsWith("invalid YAML: Duplicate key", error.Message, StringComparison.Ordinal);
        Assert.Equal((6, 3), (error.Line, error.Column));
    }

    [Fact]
    public void A_bad_selector_and_a_bad_port_are_errors()
    {
        var scopeDiagnostics = new DiagnosticBag();
        var scope = ScopeLoader.Parse("scope.yaml", """
            apiVersion: compliance-auditor.io/v1alpha1
            kind: Scope
            zones:
            - name: cde
              namespaces: {matchExpressions: [{key: tier, operator: Contains, values: [a]}]}
            - name: net
              cidrs: [10.0.0.0/33]
            - name: both
              namespaceNames: [a]
              cidrs: [10.0.0.0/8]
            """, scopeDiagnostics);

        Assert.Null(scope);
        var messages = scopeDiagnostics.Items.Select(d => $"{d.Location!.Line}:{d.Location.Column} {d.Message}").ToList();
        Assert.Contains("5:57 unknown operator 'Contains'; expected In, NotIn, Exists or DoesNotExist", messages);
        Assert.Contains("7:11 invalid CIDR '10.0.0.0/33': prefix length '33' is not a number from 0 to 32", messages);
        Assert.Contains(messages, m => m.StartsWith("8:3 a zone has either cidrs", StringComparison.Ordinal));

        var errors = Errors(Head + """
            - id: "1"
              title: t
              description: d
              severity: low
              checks:
              - {type: zone-isolation, from: [dmz], to: [cde], allow: [{from: dmz, to: cde, ports: ["TCP 99999"]}]}
            """);
        Assert.Contains(errors, e => e.Line == 10 && e.Message == "'TCP 99999': ports are numbers from 1 to 65535, one or a range a-b");
    }

    [Fact]
    public void Duplicate_control_ids_and_missing_checks_are_errors()
    {
        var errors = Errors(Head + """
            - {id: "1", title: t, description: d, severity: low, checks: [{type: coverage-gaps}]}
            - {id: "1", title: t, description: d, severity: low, checks: [{type: coverage-gaps}]}
            - {id: "2", title: t, description: d, severity: low, checks: []}
            """);

        Assert.Contains(errors, e => e.Message == "control id '1' appears twice in this catalog");
        Assert.Contains(errors, e => e.Message == "a control needs at least one check");
    }
}
