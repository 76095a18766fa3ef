using ComplianceAuditor.Controls.Waivers;
using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Controls.Tests.Waivers;

public class WaiverLoaderTests
{
    private static readonly DateTimeOffset AuditTime = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static (IReadOnlyList<Waiver> Waivers, List<string> Errors) Load(string waivers)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = WaiverLoader.Parse("waivers.yaml", $"apiVersion: compliance-auditor.io/v1alpha1\nkind: WaiverList\nwaivers:\n{waivers}", AuditTime, diagnostics);
        return (loaded, [.. diagnostics.Items.Where(d => d.IsError).Select(d => $"{d.Location!.Line}: {d.Message}")]);
    }

    [Fact]
    public void Reads_every_target_form()
    {
        var (waivers, errors) = Load("""
            - {id: A, control: pci-dss-4.0.1/1.3.1, target: {namespace: shop}, justification: j, approver: a, ticket: T, expires: 2027-06-30}
            - {id: B, control: pci-dss-4.0.1/1.3.1, target: {pods: {namespace: shop, selector: {matchLabels: {app: x}}}}, justification: j, approver: a, ticket: T, expires: 2027-06-30}
            - {id: C, control: pci-dss-4.0.1/1.3.1, target: {flow: {from: "a/*", to: b/c, ports: ["TCP 80", "UDP 53"]}}, justification: j, approver: a, ticket: T, expires: 2027-06-30}
            - {id: D, control: pci-dss-4.0.1/1.2.7, target: {policy: shop/web}, justification: j, approver: a, ticket: T, expires: 2027-06-30}
            """);

        Assert.Empty(errors);
        Assert.IsType<NamespaceWaiverTarget>(waivers[0].Target);
        Assert.Equal("pods app=x in namespace shop", waivers[1].Target.ToString());
        Assert.Equal("flows a/* -> b/c on TCP 80; UDP 53", waivers[2].Target.ToString());
        Assert.Equal(new PolicyWaiverTarget("shop/web"), waivers[3].Target);
        Assert.Equal(new DateOnly(2027, 6, 30), waivers[3].Expires);
    }

    [Fact]
    public void An_expiry_more_than_a_year_ahead_is_an_error()
    {
        var (_, errors) = Load("- {id: A, control: x/1, target: {namespace: shop}, justification: j, approver: a, ticket: T, expires: 2028-01-01}");

        Assert.Equal(["4: a waiver may run at most a year: 2028-01-01 is after 2027-12-01"], errors);
    }

    [Fact]
    public void Missing_fields_two_targets_and_a_bad_control_are_all_reported()
    {
        var (waivers, errors) = Load("""
            - id: A
              control: just-a-control
              target: {namespace: shop, policy: shop/web}
              expires: someday
            """);

        Assert.Empty(waivers);
        Assert.Contains("5: expected <framework id>/<control id>, e.g. pci-dss-4.0.1/1.3.1; found 'just-a-control'", errors);
        Assert.Contains("6: a target has exactly one of namespace, pods, flow or policy", errors);
        Assert.Contains("7: expected a date such as 2027-03-31, found 'someday'", errors);
        Assert.Contains("4: justification is required", errors);
        Assert.Contains("4: approver is required", errors);
        Assert.Contains("4: ticket is required", errors);
    }

    [Fact]
    public void Flow_ends_must_name_peers_or_addresses_and_ports_must_not_be_empty()
    {
        var (waivers, errors) = Load("""
            - {id: A, control: x/1, target: {flow: {from: analytics, to: "b/c d", ports: []}}, justification: j, approver: a, ticket: T, expires: 2027-06-30}
            - {id: B, control: x/1, target: {flow: {from: 10.0.0.0/8, to: "b/*"}}, justification: j, approver: a, ticket: T, expires: 2027-06-30}
            - {id: C, control: x/1, target: {flow: {from: 203.0.113.0-203.0.113.9, to: "b/c[CronJob]"}}, justification: j, approver: a, ticket: T, expires: 2027-06-30}
            """);

        Assert.Equal(
            [
                "4: 'analytics' is not a flow end: expected namespace/name, namespace/name[Kind], namespace/*, an address range first-last, a CIDR or an address",
                "4: 'b/c d' is not a flow end: expected namespace/name, namespace/name[Kind], namespace/*, an address range first-last, a CIDR or an address",
                "4: expected at least one entry",
            ],
            errors);
        Assert.Equal(["B", "C"], waivers.Select(w => w.Id));
    }
}
