using System.Reflection;

namespace ComplianceAuditor.Cli;

/// <summary>The tool's name and version, as recorded in snapshots and reports.</summary>
internal static class ToolInfo
{
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
