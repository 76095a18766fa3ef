namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>The cluster could not be read in full; the message says what to fix.</summary>
public sealed class LiveClusterException : Exception
{
    public LiveClusterException()
    {
    }

    public LiveClusterException(string message)
        : base(message)
    {
    }

    public LiveClusterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
