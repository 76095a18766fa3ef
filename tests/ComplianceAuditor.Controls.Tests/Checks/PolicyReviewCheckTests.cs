using ComplianceAuditor.Controls.Checks;
using ComplianceAuditor.Controls.Evaluation;
using static ComplianceAuditor.Controls.Tests.Checks.CheckKit;
using static ComplianceAuditor.Controls.Tests.Checks.PolicyYaml;

namespace ComplianceAuditor.Controls.Tests.Checks;

/// <summary>The audit time is <see cref="CheckKit.AuditTime"/>, 2026-11-28T10:00:00Z; 183 days before it is 2026-05-29.</summary>
public class PolicyReviewCheckTests
{
    private const string Check = "type: policy-review\nzones: [cde]";

    private const string Expected = "expected an RFC 3339 date such as 2026-05-01 or 2026-05-01T10:00:00Z";

    private static readonly string Cluster =
        Namespace("payments", "cde") + Namespace("analytics", "out-of-scope")
        + Pod("payments", "db-0", "10.0.0.2", "app: db")
        + Pod("analytics", "report", "10.0.1.1", "app: report")
        + Policy("analytics", "unreviewed", "podSelector: {}");

    private static Finding Reviewed(string? date, string check = Check, DateTimeOffset? now = null, string key = "compliance-auditor.io/reviewed-at") =>
        Single(check, Cluster + Policy("payments", "default-deny", "podSelector: {}", date is null ? null : $"{key}: \"{date}\""), now);

    [Theory]
    [InlineData("2026-11-28")]
    [InlineData("2026-11-28T09:59:59Z")]
    [InlineData("2026-10-01T08:30:00.123+02:00")]
    [InlineData("2026-06-01t00:00:00z")]
    public void A_recent_review_passes(string date)
    {
        var finding = Reviewed(date);

        Assert.Equal((FindingStatus.Pass, "policy payments/default-deny", "payments/default-deny"), (finding.Status, finding.Subject, finding.Policy));
        Assert.Matches($"^policy payments/default-deny was reviewed [0-9]+ day\\(s\\) ago \\({System.Text.RegularExpressions.Regex.Escape(date)}\\)$", finding.Message);
    }

    [Fact]
    public void The_age_is_counted_in_calendar_days_and_the_limit_itself_passes()
    {
        var atLimit = Reviewed("2026-05-29");
        Assert.Equal((FindingStatus.Pass, "policy payments/default-deny was reviewed 183 day(s) ago (2026-05-29)"), (atLimit.Status, atLimit.Message));

        var dayOver = Reviewed("2026-05-28");
        Assert.Equal(FindingStatus.Fail, dayOver.Status);
        Assert.Equal("policy payments/default-deny was last reviewed 184 day(s) ago (2026-05-28), more than 183 day(s)", dayOver.Message);
        Assert.Equal(["payments/default-deny"], dayOver.Evidence.Policies.ToArray());

        // Late on the last allowed day is still that day; an offset moves the instant to the day before in UTC.
        Assert.Equal(FindingStatus.Pass, Reviewed("2026-05-29T00:00:00Z").Status);
        Assert.Equal(FindingStatus.Fail, Reviewed("2026-05-28T23:59:59Z").Status);
        Assert.Equal(FindingStatus.Fail, Reviewed("2026-05-29T01:00:00+02:00").Status);
    }

    [Fact]
    public void Max_age_and_the_audit_time_are_parameters()
    {
        Assert.Equal(FindingStatus.Pass, Reviewed("2026-10-29", Check + "\nmaxAgeDays: 30").Status);
        Assert.Equal("policy payments/default-deny was last reviewed 31 day(s) ago (2026-10-28), more than 30 day(s)", Reviewed("2026-10-28", Check + "\nmaxAgeDays: 30").Message);

        var later = new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal("policy payments/default-deny was last reviewed 273 day(s) ago (2026-06-01), more than 183 day(s)", Reviewed("2026-06-01", now: later).Message);
    }

    [Theory]
    [InlineData("2026-11-29", "2026-11-28T10:00:00+00:00")]
    [InlineData("2026-11-28T10:00:01Z", "2026-11-28T10:00:00+00:00")]
    [InlineData("2026-11-28T11:30:00+01:00", "2026-11-28T10:00:00+00:00")]
    public void A_review_after_the_audit_time_fails(string date, string now)
    {
        var finding = Reviewed(date);

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal($"policy payments/default-deny has review date {date}, after the audit time {now}", finding.Message);
    }

    [Fact]
    public void A_review_at_the_audit_time_itself_is_not_in_the_future()
    {
        Assert.Equal(FindingStatus.Pass, Reviewed("2026-11-28T10:00:00Z").Status);
        Assert.Equal(FindingStatus.Pass, Reviewed("2026-11-28T11:00:00+01:00").Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_or_blank_review_date_fails(string? date)
    {
        var finding = Reviewed(date);

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal("policy payments/default-deny has no review date (compliance-auditor.io/reviewed-at annotation)", finding.Message);
    }

    [Theory]
    [InlineData("last week")]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("2026-11-01T10:00:00")]
    [InlineData("2026-11-01 10:00:00Z")]
    [InlineData("11/01/2026")]
    [InlineData("2026-11-1")]
    [InlineData("2026-11-01T25:00:00Z")]
    public void An_unparseable_review_date_fails(string date)
    {
        var finding = Reviewed(date);

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Equal($"policy payments/default-deny has review date '{date}' in compliance-auditor.io/reviewed-at, {Expected}", finding.Message);
    }

    [Theory]
    [InlineData("2026-11-01\n")]
    [InlineData("2026-11-01T10:00:00Z\n")]
    public void A_review_date_followed_by_a_line_break_is_not_a_date(string date)
    {
        Assert.NotNull(ReviewDate.Parse(date.TrimEnd('\n')));
        Assert.Null(ReviewDate.Parse(date));
    }

    [Fact]
    public void A_custom_annotation_is_the_only_one_read()
    {
        const string Custom = Check + "\nannotation: compliance-auditor.io/last-review";

        Assert.Equal(FindingStatus.Pass, Reviewed("2026-11-01", Custom, key: "compliance-auditor.io/last-review").Status);
        Assert.Equal(
            "policy payments/default-deny has no review date (compliance-auditor.io/last-review annotation)",
            Reviewed("2026-11-01", Custom).Message);
    }

    [Fact]
    public void Only_policies_selecting_pods_of_the_zones_are_examined()
    {
        var findings = Evaluate(Check, Cluster + Policy("payments", "default-deny", "podSelector: {}", "compliance-auditor.io/reviewed-at: \"2026-11-01\""));

        Assert.Equal("policy payments/default-deny", Assert.Single(findings).Subject);
        var none = Single(Check, Cluster);
        Assert.Equal((FindingStatus.Pass, "no NetworkPolicy selects pods in cde"), (none.Status, none.Message));
    }

    [Fact]
    public void Zones_without_members_are_not_applicable()
    {
        var finding = Single("type: policy-review\nzones: [dmz]", Cluster);

        Assert.Equal((FindingStatus.NotApplicable, "no namespace or pod is in dmz"), (finding.Status, finding.Message));
    }

    [Fact]
    public void Parameter_errors_name_their_place()
    {
        Assert.Equal(
            [$"{CheckLine + 2}:17 controls[0].checks[0].maxAgeDays: expected a whole number from 1 to 36600, found '-30'"],
            ErrorsAt(Check + "\nmaxAgeDays: -30"));
        // A quoted number is a string, not a number.
        Assert.StartsWith(
            $"{CheckLine + 2}:17 controls[0].checks[0].maxAgeDays: expected a whole number from 1 to 36600, found ",
            Assert.Single(ErrorsAt(Check + "\nmaxAgeDays: \"90\"")),
            StringComparison.Ordinal);
        Assert.Equal(
            [$"{CheckLine + 2}:17 controls[0].checks[0].annotation: annotation 'reviewed-at' is not kept when objects are read; use a key under compliance-auditor.io/"],
            ErrorsAt(Check + "\nannotation: reviewed-at"));
        Assert.StartsWith(
            $"{CheckLine + 2}:5 controls[0].checks[0].maxAge: unknown field 'maxAge'; expected type, zones, annotation, maxAgeDays",
            Assert.Single(ErrorsAt(Check + "\nmaxAge: 90")),
            StringComparison.Ordinal);
    }
}
