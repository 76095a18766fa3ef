using System.CommandLine;
using ComplianceAuditor.Cli.Commands;

namespace ComplianceAuditor.Cli.Serve;

/// <summary>The options of `serve`.</summary>
internal sealed class ServeOptionSet
{
    private readonly Option<string> config = new("--config") { Description = "The service's configuration file (targets, schedules, monitoring); see docs/serve.md", HelpName = "FILE", Required = true };
    private readonly Option<bool> validate = new("--validate") { Description = "Check the configuration and every file it names, print each target's next fire times, and exit (0 valid, 2 invalid)" };
    private readonly Option<string> store = new("--store") { Description = "Where the schedule lives: memory (one replica) or postgres (clustered replicas sharing one database)", HelpName = "STORE", DefaultValueFactory = _ => "memory" };
    private readonly Option<string?> connectionString = new("--connection-string") { Description = $"Npgsql connection string for --store postgres (default: ${ServeOptions.ConnectionStringVariable}, preferably from a Secret); never printed with its password", HelpName = "CS" };
    private readonly Option<string?> instanceId = new("--instance-id") { Description = "This replica's unique name in the cluster (default: host name and process id, e.g. the pod name)", HelpName = "ID" };
    private readonly Option<TimeSpan?> shutdownGrace = Duration("--shutdown-grace", "After SIGTERM, how long a running audit may go on before it is abandoned (its run folder removed); default 25s");
    private readonly Option<TimeSpan?> checkinInterval = Duration("--checkin-interval", "How often a clustered replica records that it is alive; a dead replica's audits are taken over after about twice this (default: Quartz's)");

    /// <summary>Kubernetes waits 30 s (terminationGracePeriodSeconds) before it kills the pod; this leaves Quartz time to stop after the audit.</summary>
    public static readonly TimeSpan DefaultShutdownGrace = TimeSpan.FromSeconds(25);

    public ServeOptionSet()
    {
        store.AcceptOnlyFromAmong("memory", "postgres");
    }

    public void AddTo(Command command)
    {
        command.Add(config);
        command.Add(validate);
        command.Add(store);
        command.Add(connectionString);
        command.Add(instanceId);
        command.Add(shutdownGrace);
        command.Add(checkinInterval);
    }

    public bool Validate(ParseResult parsed) => parsed.GetValue(validate);

    public string ConfigFile(ParseResult parsed) => parsed.GetRequiredValue(config);

    /// <summary>The options, or null once it has said on standard error what does not fit together.</summary>
    public ServeOptions? Read(ParseResult parsed, CliConsole console)
    {
        var kind = parsed.GetRequiredValue(store) == "postgres" ? ServeStore.Postgres : ServeStore.Memory;
        var given = parsed.GetValue(connectionString);
        var cs = given ?? Environment.GetEnvironmentVariable(ServeOptions.ConnectionStringVariable);
        if (kind == ServeStore.Postgres && string.IsNullOrWhiteSpace(cs))
        {
            console.Error.WriteLine($"error: --store postgres needs --connection-string or ${ServeOptions.ConnectionStringVariable}");
            return null;
        }

        if (kind == ServeStore.Memory && given is not null)
        {
            console.Error.WriteLine("error: --connection-string is for --store postgres");
            return null;
        }

        return new ServeOptions(
            ConfigFile(parsed),
            kind,
            kind == ServeStore.Postgres ? cs : null,
            parsed.GetValue(instanceId),
            parsed.GetValue(shutdownGrace) ?? DefaultShutdownGrace,
            parsed.GetValue(checkinInterval));
    }

    private static Option<TimeSpan?> Duration(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DURATION",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (DurationText.TryParse(text, out var duration))
            {
                return duration;
            }

            result.AddError($"{name} '{text}' is not {DurationText.Expected}");
            return null;
        },
    };
}
