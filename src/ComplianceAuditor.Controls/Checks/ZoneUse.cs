namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// Which kind of zone a check parameter takes. A workload zone where addresses are expected (or
/// the reverse) would select nothing and let the check pass vacuously, so it is a catalog error.
/// </summary>
internal enum ZoneUse
{
    /// <summary>Namespaces and pods: the check examines their members.</summary>
    Workload,

    /// <summary>CIDRs outside the cluster's peers.</summary>
    Address,

    /// <summary>Either side of a flow: peers or addresses.</summary>
    Any,
}
