using ComplianceAuditor.Controls.Waivers;
using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Controls.Tests.Waivers;

/// <summary>An expiry is required and at most one calendar year after the audit date; one already past still loads (it is reported as expired).</summary>
public class WaiverExpiryTests
{
    private static List<string> Errors(string expires, DateTimeOffset auditTime)
    {
        var diagnostics = new DiagnosticBag();
        var text = $"apiVersion: compliance-auditor.io/v1alpha1\nkind: WaiverList\nwaivers:\n- {{id: A, control: x/1, target: {{namespace: shop}}, justification: j, approver: a, ticket: T{expires}}}\n";
        WaiverLoader.Parse("waivers.yaml", text, auditTime, diagnostics);
        return [.. diagnostics.Items.Where(d => d.IsError).Select(d => d.Message)];
    }

    [Theory]
    [InlineData("2026-11-28", "2027-11-28")]
    [InlineData("2027-03-01", "2028-03-01")]
    [InlineData("2028-02-29", "2029-02-28")]
    public void An_expiry_exactly_a_year_after_the_audit_date_is_accepted(string audit, string expires) =>
        Assert.Empty(Errors($", expires: {expires}", DateTimeOffset.Parse(audit + "T23:30:00Z", System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-28", "2027-11-29")]
    [InlineData("2027-03-01", "2028-03-02")]
    [InlineData("2028-02-29", "2029-03-01")]
    public void An_expiry_a_year_and_a_day_after_the_audit_date_is_refused(string audit, string expires)
    {
        var errors = Errors($", expires: {expires}", DateTimeOffset.Parse(audit + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([$"a waiver may run at most a year: {expires} is after {DateOnly.Parse(audit, System.Globalization.CultureInfo.InvariantCulture).AddYears(1):yyyy-MM-dd}"], errors);
    }

    [Fact]
    public void An_expiry_is_required()
    {
        Assert.Equal(["expires is required"], Errors(string.Empty, new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_expiry_already_past_loads_so_that_it_can_be_reported_as_expired()
    {
        var diagnostics = new DiagnosticBag();
        var waivers = WaiverLoader.Parse(
            "waivers.yaml",
            "apiVersion: compliance-auditor.io/v1alpha1\nkind: WaiverList\nwaivers:\n- {id: A, control: x/1, target: {namespace: shop}, justification: j, approver: a, ticket: T, expires: 2026-01-31}\n",
            new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero),
            diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.True(Assert.Single(waivers).IsExpired(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("expires: 2027-3-31")]
    [InlineData("expires: 2027-03-31T00:00:00Z")]
    [InlineData("expires: [2027-03-31]")]
    public void An_expiry_that_is_not_a_plain_date_is_refused(string expires) =>
        Assert.NotEmpty(Errors($", {expires}", new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)));
}
