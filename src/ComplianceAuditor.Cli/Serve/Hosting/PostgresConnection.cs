using System.Collections.Frozen;
using Npgsql;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>The clustered store's database: what may be printed about it, and whether it answers.</summary>
internal static class PostgresConnection
{
    /// <summary>
    /// The keys a message may show. An allowlist, not a denylist of secrets: Npgsql has several keys that
    /// carry one (Password, SSL Password, Passfile, key and certificate files, Options) and may add more.
    /// </summary>
    private static readonly FrozenSet<string> ShownKeys = new[]
    {
        "Host", "Port", "Database", "Username", "SSL Mode", "Timeout", "Command Timeout", "Application Name", "Target Session Attributes",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The connection string with only its non-secret keys, for messages and logs.</summary>
    public static string Redacted(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            var shown = new NpgsqlConnectionStringBuilder();
            foreach (var key in builder.Keys.Cast<string>().Where(k => ShownKeys.Contains(k) && builder.ShouldSerialize(k)))
            {
                shown[key] = builder[key];
            }

            return shown.ConnectionString;
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
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException or FormatException)
        {
            return e.Message;
        }
    }
}
