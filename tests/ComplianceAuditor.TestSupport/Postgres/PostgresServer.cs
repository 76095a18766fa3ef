using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ComplianceAuditor.TestSupport.Postgres;

/// <summary>
/// The PostgreSQL server the clustered-store tests use: the one COMPLIANCE_AUDITOR_TEST_POSTGRES names
/// (.ci/run starts one), else a throwaway server this process starts on loopback from the installed
/// binaries and deletes at exit. Without either the tests fail, saying how to get one: a clustered
/// store that is never tested is not a tested feature.
/// </summary>
public sealed class PostgresServer
{
    public const string Variable = "COMPLIANCE_AUDITOR_TEST_POSTGRES";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private readonly string adminConnectionString;

    private PostgresServer(string adminConnectionString) => this.adminConnectionString = adminConnectionString;

    /// <summary>The server, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A new, empty database for one test, so tests share nothing; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "ca_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    private static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return new PostgresServer(given);
        }

        var bin = FindBinaries() ?? throw new InvalidOperationException(
            $"The clustered-store tests need PostgreSQL. Set {Variable} to an Npgsql connection string of a server " +
            "whose user may CREATE DATABASE, or install the server binaries (Debian/Ubuntu: `sudo apt-get install postgresql`; " +
            "the tests then start a throwaway server on 127.0.0.1). `.ci/run` installs and starts one.");
        var port = await ThrowawayServer.StartAsync(bin);
        return new PostgresServer(string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30"));
    }

    /// <summary>The newest installed server's bin folder (Debian's layout), or null.</summary>
    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        return !Directory.Exists(root) ? null : Directory.EnumerateDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .FirstOrDefault();
    }

    /// <summary>initdb into a temporary folder, trust on loopback only, pg_ctl start on a free port; stopped and deleted at exit.</summary>
    private static class ThrowawayServer
    {
        public static async Task<int> StartAsync(string bin)
        {
            var folder = Directory.CreateTempSubdirectory("ca-postgres-").FullName;
            var data = Path.Combine(folder, "data");
            var root = Environment.UserName == "root";
            if (root)
            {
                // initdb refuses to run as root; the server runs as Debian's postgres user.
                await RunAsync("chown", false, "postgres", folder);
            }

            await RunAsync(Path.Combine(bin, "initdb"), root, "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8");
            var port = FreePort();
            await RunAsync(Path.Combine(bin, "pg_ctl"), root, "-D", data, "-l", Path.Combine(folder, "log"), "-w", "-t", "60",
                "-o", $"-h 127.0.0.1 -p {port.ToString(CultureInfo.InvariantCulture)} -k {folder} -c fsync=off -c max_connections=200", "start");
            Watch(Path.Combine(bin, "pg_ctl"), data, folder, root);
            return port;
        }

        /// <summary>
        /// A detached shell that waits for this test process to end, however it ends, then stops the
        /// server and deletes its folder: a ProcessExit handler does not run when the test host is killed.
        /// </summary>
        private static void Watch(string pgCtl, string data, string folder, bool root)
        {
            var stop = (root ? "runuser -u postgres -- " : string.Empty) + $"'{pgCtl}' -D '{data}' -m immediate stop";
            var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf '{folder}'";
            var start = new ProcessStartInfo("setsid", ["sh", "-c", script]) { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            using var watcher = Process.Start(start);
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static async Task RunAsync(string program, bool asPostgres, params string[] arguments)
        {
            var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
            if (asPostgres)
            {
                foreach (var a in new[] { "-u", "postgres", "--", program })
                {
                    start.ArgumentList.Add(a);
                }
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
            }
        }
    }
}
