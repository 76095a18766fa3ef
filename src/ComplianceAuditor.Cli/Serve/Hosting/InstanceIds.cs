using System.Globalization;

namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>This replica's name in the cluster, when --instance-id does not give one.</summary>
internal static class InstanceIds
{
    /// <summary>
    /// The host name (a pod's name) and the process id. Unique among live processes, which is what a
    /// cluster needs: two replicas sharing an id would each take the other's firings for their own.
    /// Stable across a container restart in the same pod (the process is pid 1 again), so the restarted
    /// container recovers the firing its predecessor was killed in at once, instead of after the
    /// check-in threshold.
    /// </summary>
    public static string Generate() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName.ToLowerInvariant()}-{Environment.ProcessId}");
}
