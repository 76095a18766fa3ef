using System.Net;
using ComplianceAuditor.Cli.Retention;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Engine.Diagnostics;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>Defaults and how they combine; the error messages are in tests/testdata/serve.</summary>
public sealed class ServeConfigLoaderTests
{
    private const string Folder = "/srv/auditor";

    [Fact]
    public void A_minimal_target_gets_every_default()
    {
        var target = Single("""
            targets:
              - name: prod
                schedule: "0 2 * * *"
                cluster: { context: prod }
            """);

        Assert.Equal("0 0 2 * * ?", target.Schedule);
        Assert.Equal("0 2 * * *", target.WrittenSchedule);
        Assert.Same(TimeZoneInfo.Utc, target.TimeZone);
        Assert.Equal(new TargetCluster.Context("prod", null, TimeSpan.FromMinutes(5)), target.Cluster);
        Assert.Empty(target.Controls);
        Assert.Null(target.Scope);
        Assert.Null(target.Waivers);
        Assert.Equal("/srv/auditor/reports/prod", target.Out);
        Assert.Null(target.OutLocation);
        Assert.Null(target.FailUnder);
        Assert.Empty(target.Formats);
        Assert.Null(target.Templates);
        Assert.Equal(new RetentionPolicy(null, null), target.Retention);
        Assert.Equal(MisfirePolicy.RunOnce, target.Misfire);
        Assert.Equal(TimeSpan.FromMinutes(5), target.MisfireThreshold);
        Assert.Equal(new SourceLocation("serve.yaml", 1, 4, 5), target.Location);
    }

    [Fact]
    public void A_target_value_wins_field_by_field_and_retention_is_one_field()
    {
        var config = Parse("""
            defaults:
              schedule: "@daily"
              timeZone: Europe/Berlin
              out: /reports
              failUnder: 90
              retention: { keep: 100, keepDays: 400 }
              misfire: skip
            targets:
              - name: a
                cluster: { demo: true }
              - name: b
                cluster: { demo: true }
                schedule: "0 3 * * *"
                timeZone: UTC
                out: elsewhere/b
                failUnder: 50.5
                retention: { keep: 10 }
                misfire: run-once
                misfireThreshold: 90s
            """);

        var (a, b) = (config.Targets[0], config.Targets[1]);
        Assert.Equal(("0 0 0 * * ?", "Europe/Berlin", "/reports/a", 90.0, new RetentionPolicy(100, 400), MisfirePolicy.Skip), (a.Schedule, a.TimeZone.Id, a.Out, a.FailUnder!.Value, a.Retention, a.Misfire));
        Assert.Equal(("0 0 3 * * ?", "UTC", "/srv/auditor/elsewhere/b", 50.5, new RetentionPolicy(10, null), MisfirePolicy.RunOnce), (b.Schedule, b.TimeZone.Id, b.Out, b.FailUnder!.Value, b.Retention, b.Misfire));
        Assert.Equal(TimeSpan.FromSeconds(90), b.MisfireThreshold);
        Assert.Equal(new SourceLocation("serve.yaml", 1, 17, 10), b.OutLocation);
    }

    [Theory]
    [InlineData("address: 0.0.0.0", "0.0.0.0", 9464)]
    [InlineData("address: \"::\"\n  port: 0", "::", 0)]
    [InlineData("port: 9100", "127.0.0.1", 9100)]
    public void Monitoring_defaults_to_loopback_on_9464(string yaml, string address, int port)
    {
        var config = Parse($"monitoring:\n  {yaml}\ntargets:\n  - {{ name: a, schedule: \"@daily\", cluster: {{ demo: true }} }}\n");

        Assert.Equal(new MonitoringSettings(IPAddress.Parse(address), port), config.Monitoring);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("10.1")]
    [InlineData("127.0.0.1:80")]
    public void Monitoring_address_must_be_a_whole_address(string address)
    {
        var diagnostics = new DiagnosticBag();

        var config = ServeConfigLoader.Parse("serve.yaml", $"{Header}monitoring: {{ address: \"{address}\" }}\ntargets:\n  - {{ name: a, schedule: \"@daily\", cluster: {{ demo: true }} }}\n", Folder, diagnostics);

        Assert.Null(config);
        Assert.Equal($"serve.yaml:3:24 (document 1): error: monitoring.address: expected an IP address such as 127.0.0.1, ::1 or 0.0.0.0, found '{address}'", Assert.Single(diagnostics.Items).ToString());
    }

    [Theory]
    [InlineData("prod\\n")]
    [InlineData("prod\\r\\n")]
    public void A_target_name_ending_in_a_line_break_is_refused(string escaped)
    {
        var diagnostics = new DiagnosticBag();

        var config = ServeConfigLoader.Parse("serve.yaml", $"{Header}targets:\n  - {{ name: \"{escaped}\", schedule: \"@daily\", cluster: {{ demo: true }} }}\n", Folder, diagnostics);

        Assert.Null(config);
        Assert.Contains("name", Assert.Single(diagnostics.Items).ToString(), StringComparison.Ordinal);
    }

    private const string Header = "apiVersion: compliance-auditor.io/v1alpha1\nkind: ServeConfig\n";

    private static ServeTarget Single(string yaml) => Assert.Single(Parse(yaml).Targets);

    private static ServeConfig Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var config = ServeConfigLoader.Parse("serve.yaml", Header + yaml, Folder, diagnostics);
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        return config!;
    }
}
