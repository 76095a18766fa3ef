using ComplianceAuditor.TestSupport.Golden;

namespace ComplianceAuditor.Cli.Tests;

public class CommandLineTests
{
    private static string Demo => Path.Combine(RepositoryPaths.Demo, "cluster.yaml");

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_3()
    {
        var result = CliRunner.Run("reach", Demo, "--colour");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--colour", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var result = CliRunner.Run("reach", Demo, "--format", "xml");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("xml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_input_path_fails_with_exit_2_naming_it()
    {
        var result = CliRunner.Run("reach", "/no/such/dir");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/dir", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Output_option_writes_the_file_and_nothing_to_stdout()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reach-{Guid.NewGuid():N}.txt");
        try
        {
            var result = CliRunner.Run("reach", Demo, "--format", "text", "--output", path);

            Assert.Equal(0, result.ExitCode);
            Assert.Empty(result.Output);
            var lines = File.ReadAllLines(path);
            Assert.Contains("payments/checkout-api-7f8d9c6b4-k4m7p => payments/card-vault-0 : TCP 5432", lines);
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + ".*.tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Explain_rejects_an_unknown_peer_with_suggestions()
    {
        var result = CliRunner.Run("explain", Demo, "--from", "payments/nope", "--to", "storefront/web-5b7d9c8f6-8kq2n");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no peer named 'payments/nope'", result.Error, StringComparison.Ordinal);
        Assert.Contains("payments/card-vault-0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_says_why_a_host_network_pod_is_not_a_peer()
    {
        var result = CliRunner.Run("explain", Demo, "--from", "kube-system/kube-proxy-7hx2d", "--to", "storefront/web-5b7d9c8f6-8kq2n");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("is not a peer: hostNetwork: true", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_needs_a_peer_on_at_least_one_end()
    {
        var result = CliRunner.Run("explain", Demo, "--from", "10.0.0.1", "--to", "192.0.2.1");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("both addresses", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_rejects_a_port_out_of_range()
    {
        var result = CliRunner.Run("explain", Demo, "--from", "10.0.0.1", "--to", "storefront/web-5b7d9c8f6-8kq2n", "--port", "70000");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("70000", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_finds_the_deliberate_gap_into_the_ephi_store()
    {
        var result = CliRunner.Run("explain", Demo, "--from", "analytics/cohort-export[CronJob]", "--to", "patient-records/ehr-postgres-0", "--port", "5432");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("verdict: ALLOWED", result.Output, StringComparison.Ordinal);
        Assert.Contains("patient-records/allow-ehr-postgres ingress[1] from[0]", result.Output, StringComparison.Ordinal);
    }
}
