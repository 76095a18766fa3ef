using System.Globalization;
using ComplianceAuditor.Cli.Commands;
using ComplianceAuditor.Cli.Serve.Config;
using ComplianceAuditor.Cli.Serve.Schedule;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Serve;

/// <summary>
/// `serve --validate`: loads the configuration and every scope, catalog and waiver file its targets name,
/// as `audit` would before reading a cluster, and prints each target with its next fire times. Exit 0
/// when valid, 2 with every problem at file:line:column when not. Deterministic for a given "now".
/// </summary>
internal static class ServeValidation
{
    public const int FireTimes = 5;

    public static int Run(string configPath, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var now = console.Time.GetUtcNow();
        var diagnostics = new DiagnosticBag();
        var config = ServeConfigLoader.Load(configPath, diagnostics);
        if (config is not null)
        {
            foreach (var target in config.Targets)
            {
                CheckInputs(target, now, diagnostics);
                CheckFires(target, now, diagnostics);
            }
        }

        foreach (var diagnostic in diagnostics.Items)
        {
            console.Error.WriteLine(Printable.Escape(diagnostic.ToString()));
        }

        if (config is null || diagnostics.HasErrors)
        {
            var count = diagnostics.Items.Count(d => d.IsError);
            console.Error.WriteLine(Printable.Escape($"serve: {configPath}: {count} {(count == 1 ? "error" : "errors")}; nothing was scheduled"));
            return ExitCodes.Failed;
        }

        ServeReport.Write(config, now, console.Output);
        return ExitCodes.Success;
    }

    /// <summary>What `audit` reads before the cluster: the scope, the catalogs (at least one) and the waivers.</summary>
    private static void CheckInputs(ServeTarget target, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var inputs = new AuditInputs(target.Scope, target.Controls, target.Waivers, target.Cluster is TargetCluster.Demo, Baseline: null);
        if (AuditSetup.ReadInputs(inputs, now, diagnostics) is { Catalogs.Count: 0 })
        {
            diagnostics.Error("no control catalog was found in controls", target.Location, fieldPath: $"{target.Name}.controls");
        }
    }

    private static void CheckFires(ServeTarget target, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        if (CronSchedule.NextFireTimes(target.Schedule, target.TimeZone, now, 1).IsEmpty)
        {
            diagnostics.Error($"'{target.WrittenSchedule ?? target.Schedule}' fires no more after {now.ToString("u", CultureInfo.InvariantCulture)}", target.Location, fieldPath: $"{target.Name}.schedule");
        }
    }
}
