namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>The fixed namespaces every synthetic cluster has, whatever its size.</summary>
internal static class SystemNamespaces
{
    public const string KubeSystem = "kube-system";
    public const string Default = "default";
    public const string IngressNginx = "ingress-nginx";
    public const string Monitoring = "monitoring";
    public const string Logging = "logging";

    public static IReadOnlyList<string> All { get; } = [KubeSystem, Default, IngressNginx, Monitoring, Logging];

    public const int Count = 5;
}
