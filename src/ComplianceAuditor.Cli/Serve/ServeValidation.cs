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
            for (var i = 0; i < config.Targets.Length; i++)
            {
                CheckInputs(config.Targets[i], $"targets[{i}]", now, diagnostics);
                CheckFires(config.Targets[i], $"targets[{i}]", now, diagnostics);
            }
        }

        // Targets sharing a scope or catalog would report its problems once each.
        var distinct = diagnostics.Items.Distinct().ToList();
        foreach (var diagnostic in distinct)
        {
            console.Error.WriteLine(Printable.Escape(diagnostic.ToString()));
        }

        if (config is null || diagnostics.HasErrors)
        {
            var count = distinct.Count(d => d.IsError);
            console.Error.WriteLine(Printable.Escape($"serve: {configPath}: {count} {(count == 1 ? "error" : "errors")}; nothing was scheduled"));
            return ExitCodes.Failed;
        }

        ServeReport.Write(config, now, console.Output);
        return ExitCodes.Success;
    }

    /// <summary>What `audit` reads before the cluster: the scope, the catalogs (at least one) and the waivers.</summary>
    private static void CheckInputs(ServeTarget target, string path, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        if (AuditSetup.ReadInputs(TargetInputs.Audit(target), now, diagnostics) is { Catalogs.Count: 0 })
        {
            diagnostics.Error($"no control catalog was found for target '{target.Name}'", target.Location, fieldPath: $"{path}.controls");
        }
    }

    private static void CheckFires(ServeTarget target, string path, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        if (CronSchedule.NextFireTimes(target.Schedule, target.TimeZone, now, 1).IsEmpty)
        {
            diagnostics.Error($"schedule '{target.WrittenSchedule ?? target.Schedule}' fires no more after {now.ToString("u", CultureInfo.InvariantCulture)}", target.Location, fieldPath: $"{path}.schedule");
        }
    }
}
