using Npgsql;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>The clustered store's database: what may be printed about it, and whether it answers.</summary>
internal static class PostgresConnection
{
    /// <summary>The connection string without its password, for messages and logs.</summary>
    public static string Redacted(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            builder.Remove("Password");
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(a connection string that does not parse)";
        }
    }

    /// <summary>Runs a trivial query; null when it answered, else what went wrong.</summary>
    public static async Task<string?> ProbeAsync(string connectionString, TimeSpan timeout, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)) };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(deadline.Token).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(deadline.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return $"no answer within {timeout.TotalSeconds:0.#} s";
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return e.Message;
        }
    }
}
