using Npgsql;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>Runs the schedule's reconciliation under a PostgreSQL advisory lock, so replicas starting together take turns.</summary>
internal static class PostgresStartup
{
    /// <summary>Any constant the application does not use elsewhere; "CAud" in ASCII.</summary>
    private const long LockKey = 0x43_41_75_64;

    public static async Task UnderLockAsync(string connectionString, Func<Task> action, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation).ConfigureAwait(false);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", LockKey);
            await take.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        try
        {
            await action().ConfigureAwait(false);
        }
        finally
        {
            // Closing the connection would release it as well; unlocking says so at once.
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", LockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
