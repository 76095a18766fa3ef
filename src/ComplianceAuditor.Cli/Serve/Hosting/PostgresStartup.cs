using System.Diagnostics;
using Npgsql;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>Runs the schedule's reconciliation under a PostgreSQL advisory lock, so replicas take turns.</summary>
internal static class PostgresStartup
{
    /// <summary>Any constant the application does not use elsewhere; "CAud" in ASCII.</summary>
    private const long LockKey = 0x43_41_75_64;

    /// <summary>How long a replica waits for the lock before it gives up (a reconciliation takes well under a second).</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    /// <exception cref="TimeoutException">The lock was not free within <see cref="LockTimeout"/>.</exception>
    public static Task UnderLockAsync(string connectionString, Func<Task> action, CancellationToken cancellation) =>
        UnderLockAsync(connectionString, action, LockTimeout, cancellation);

    /// <exception cref="TimeoutException">The lock was not free within <paramref name="timeout"/>.</exception>
    public static async Task UnderLockAsync(string connectionString, Func<Task> action, TimeSpan timeout, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation).ConfigureAwait(false);

        // Polled rather than waited for in pg_advisory_lock: a session stuck on the server would hold the
        // lock for ever, and a blocking wait could be neither bounded nor cancelled by SIGTERM.
        var waiting = Stopwatch.StartNew();
        while (!await TryLockAsync(connection, cancellation).ConfigureAwait(false))
        {
            if (waiting.Elapsed >= timeout)
            {
                throw new TimeoutException($"another replica held the schedule's advisory lock ({LockKey}) for more than {timeout.TotalSeconds:0.#} s");
            }

            await Task.Delay(Poll, cancellation).ConfigureAwait(false);
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

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        take.Parameters.AddWithValue("key", LockKey);
        return await take.ExecuteScalarAsync(cancellation).ConfigureAwait(false) is true;
    }
}
