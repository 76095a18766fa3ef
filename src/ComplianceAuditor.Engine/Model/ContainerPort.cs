using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Engine.Model;

/// <summary>A <c>spec.containers[*].ports</c> entry; named ports in policies resolve against these.</summary>
public sealed record ContainerPort(string? Name, Protocol Protocol, int Port);
