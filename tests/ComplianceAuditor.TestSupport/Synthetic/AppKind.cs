namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>How an application is deployed, which decides the owner chain of its pods.</summary>
internal enum AppKind
{
    Deployment,
    StatefulSet,
    CronJob,

    /// <summary>A bare pod without owner (a debug or one-off pod).</summary>
    StandalonePod,
}
