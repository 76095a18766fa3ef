using ComplianceAuditor.Cli.Serve.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Quartz;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>The service's host: Kestrel for /healthz and /metrics, Quartz, and the process lifetime (SIGTERM, Ctrl+C).</summary>
internal static class ServeWebApp
{
    public static WebApplication Build(ServeRuntime runtime, string? connectionString)
    {
        // The empty builder reads no appsettings and no ASPNETCORE_* variables: the configuration file and
        // the command line are the whole configuration.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        var monitoring = runtime.Config.Monitoring;
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.Listen(monitoring.Address, monitoring.Port);
            options.AddServerHeader = false;
        });
        builder.Services.AddRoutingCore();
        builder.Host.UseConsoleLifetime(options => options.SuppressStatusMessages = true);

        // The host must outlast the audits' grace, and Quartz's own shutdown after it.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = runtime.Options.ShutdownGrace + TimeSpan.FromSeconds(30));

        // Framework messages (Quartz's warnings, Kestrel's errors) on standard error, one line each;
        // standard output is the service's own event log.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(options => options.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddSingleton(runtime);
        builder.Services.AddTransient<AuditJob>();
        builder.Services.AddQuartz(quartz => QuartzSetup.Configure(quartz, connectionString, runtime.InstanceId, runtime.Options.CheckinInterval, runtime.Time));
        builder.Services.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;

            // Started by ServeHost once the schedule is reconciled with the configuration.
            options.AutoStart = false;
            options.AwaitApplicationStarted = false;
        });

        var app = builder.Build();
        var health = new ServeHealth(app.Services.GetRequiredService<ISchedulerFactory>(), connectionString);
        MonitoringEndpoints.Map(app, runtime.Metrics, health.LiveAsync, health.ReadyAsync);
        return app;
    }

    /// <summary>Where Kestrel listens, once started (port 0 resolved).</summary>
    public static string Address(WebApplication app) =>
        string.Join(", ", app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses);
}
