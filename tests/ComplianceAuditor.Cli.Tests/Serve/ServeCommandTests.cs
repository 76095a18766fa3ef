namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>`serve` refusing to start, with a message and the documented exit code, before anything runs.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly ServeWorkspace work = new();

    public void Dispose() => work.Dispose();

    [Fact]
    public void Postgres_without_a_connection_string_is_a_usage_error()
    {
        var result = CliRunner.Run("serve", "--config", work.Write("0 2 * * *", ("demo", "{ demo: true }")), "--store", "postgres");

        Assert.Equal((3, "error: --store postgres needs --connection-string or $COMPLIANCE_AUDITOR_POSTGRES\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void A_connection_string_with_the_memory_store_is_a_usage_error()
    {
        var result = CliRunner.Run("serve", "--config", work.Write("0 2 * * *", ("demo", "{ demo: true }")), "--connection-string", "Host=db");

        Assert.Equal((3, "error: --connection-string is for --store postgres\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void An_unreachable_database_stops_the_service_with_exit_2_and_never_prints_the_password()
    {
        var result = CliRunner.Run(
            "serve", "--config", work.Write("0 2 * * *", ("demo", "{ demo: true }")), "--store", "postgres",
            "--connection-string", "Host=127.0.0.1;Port=1;Username=auditor;Password=hunter2;Database=auditor;Timeout=5");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("serve: cannot reach PostgreSQL (Host=127.0.0.1;Port=1;Username=auditor;Database=auditor;Timeout=5): ", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("; nothing was started\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Error + result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void An_unreachable_database_prints_only_the_allowlisted_keys_of_the_connection_string()
    {
        var result = CliRunner.Run(
            "serve", "--config", work.Write("0 2 * * *", ("demo", "{ demo: true }")), "--store", "postgres",
            "--connection-string", "Host=127.0.0.1;Port=1;Username=auditor;Password=hunter2;SSL Password=sslsecret;Passfile=/secret/pgpass;SSL Key=/secret/client.key;Options=-c secret=optsecret;Database=auditor;Timeout=5");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("serve: cannot reach PostgreSQL (Host=127.0.0.1;Port=1;Username=auditor;Database=auditor;Timeout=5): ", result.Error, StringComparison.Ordinal);
        foreach (var secret in new[] { "hunter2", "sslsecret", "/secret/", "optsecret" })
        {
            Assert.DoesNotContain(secret, result.Error + result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_database_error_is_printed_escaped_on_one_line()
    {
        var result = CliRunner.Run(
            "serve", "--config", work.Write("0 2 * * *", ("demo", "{ demo: true }")), "--store", "postgres",
            "--connection-string", "Host=no-such-host.invalid\nserve: forged;Port=1;Username=auditor;Database=auditor;Timeout=5");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("serve: cannot reach PostgreSQL (", result.Error, StringComparison.Ordinal);
        Assert.Contains("\\u000aserve: forged", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, result.Error.Count(c => c == '\n'));
    }
}
