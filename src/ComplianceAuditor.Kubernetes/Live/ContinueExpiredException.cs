namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>410 Gone on a continue token: the list has to start again from the beginning.</summary>
internal sealed class ContinueExpiredException(string message) : Exception(message);
