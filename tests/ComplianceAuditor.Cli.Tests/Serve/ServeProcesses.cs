namespace ComplianceAuditor.Cli.Tests.Serve;

/// <summary>
/// The tests that run `serve` processes and clustered schedulers: one at a time, so on a two-core machine
/// they do not starve each other's check-ins and firings (and each other's test run).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServeProcesses
{
    public const string Name = "serve processes";
}
