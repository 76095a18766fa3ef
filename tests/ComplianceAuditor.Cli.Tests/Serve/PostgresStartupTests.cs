using ComplianceAuditor.Cli.Serve.Hosting;
using ComplianceAuditor.TestSupport.Postgres;
using Npgsql;

namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>The advisory lock replicas reconcile under: a holder that never lets go must not hang a starting replica.</summary>
[Collection(ServeProcesses.Name)]
public sealed class PostgresStartupTests
{
    [Fact]
    public async Task A_lock_held_elsewhere_ends_the_wait_with_a_timeout_and_runs_nothing()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var holder = new NpgsqlConnection(connectionString);
        await holder.OpenAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(1128363364)", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        var ran = false;
        var error = await Assert.ThrowsAsync<TimeoutException>(() => PostgresStartup.UnderLockAsync(connectionString, () => Task.FromResult(ran = true), TimeSpan.FromSeconds(1), default));

        Assert.False(ran);
        Assert.Equal("another replica held the schedule's advisory lock (1128363364) for more than 1 s", error.Message);
    }

    [Fact]
    public async Task Cancellation_ends_the_wait()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var holder = new NpgsqlConnection(connectionString);
        await holder.OpenAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(1128363364)", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        using var stop = new CancellationTokenSource();
        var waiting = PostgresStartup.UnderLockAsync(connectionString, () => Task.CompletedTask, TimeSpan.FromMinutes(10), stop.Token);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
