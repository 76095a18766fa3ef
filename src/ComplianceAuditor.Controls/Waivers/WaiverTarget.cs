using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Controls.Waivers;

/// <summary>What a waiver covers: a namespace, some pods, some flows, or a policy.</summary>
public abstract record WaiverTarget;

/// <summary>Every finding about the namespace.</summary>
public sealed record NamespaceWaiverTarget(string Namespace) : WaiverTarget
{
    public override string ToString() => $"namespace {Namespace}";
}

/// <summary>Pods (listed in findings, or at either end of a flow) in a namespace, chosen by labels.</summary>
public sealed record PodsWaiverTarget(string Namespace, LabelSelector Selector) : WaiverTarget
{
    public override string ToString() => $"pods {Selector} in namespace {Namespace}";
}

/// <summary>Flows between endpoints given as peer names, "namespace/*" or an address range, on ports.</summary>
public sealed record FlowWaiverTarget(string From, string To, ProtocolPortSet Ports) : WaiverTarget
{
    public override string ToString() => $"flows {From} -> {To} on {Ports}";
}

/// <summary>Findings about one policy (namespace/name).</summary>
public sealed record PolicyWaiverTarget(string Policy) : WaiverTarget
{
    public override string ToString() => $"policy {Policy}";
}
