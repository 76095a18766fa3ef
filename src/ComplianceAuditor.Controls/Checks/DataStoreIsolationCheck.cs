using System.Collections.Immutable;
using ComplianceAuditor.Controls.Evaluation;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// <c>data-store-isolation</c>: no peer of a forbidden workload zone and no address of a
/// forbidden address zone reaches a data store (a pod of the <c>stores</c> zones), on any port.
/// </summary>
internal sealed class DataStoreIsolationCheck(ImmutableArray<string> stores, ImmutableArray<string> forbiddenSources) : Check
{
    public override string Type => "data-store-isolation";

    public override bool UsesReachability => true;

    public static Check? Parse(CheckParameters parameters)
    {
        parameters.Accept("stores", "forbiddenSources");
        return new DataStoreIsolationCheck(parameters.Zones("stores", ZoneUse.Workload), parameters.Zones("forbiddenSources", ZoneUse.Any, required: false, "out-of-scope", "untrusted"));
    }

    public override IReadOnlyList<Finding> Evaluate(AuditContext context)
    {
        var zones = context.Zones;
        var namespaces = zones.NamespacesIn(stores);
        if (namespaces.Count == 0)
        {
            return [CheckFindings.NoMembers(stores)];
        }

        // PeersIn and AddressesIn each take only their kind of zone: one list serves both.
        var sources = zones.PeersIn(forbiddenSources);
        var label = $"{CheckFindings.List(forbiddenSources)} to data stores of {CheckFindings.List(stores)}";
        return FlowScan.Run(context, new FlowQuery
        {
            Destinations = zones.PeersIn(stores),
            Namespaces = namespaces,
            IsSource = sources.Contains,
            SourceAddresses = zones.AddressesIn(forbiddenSources),
            FailMessage = (ns, n) => $"{n} flow(s) from {label} in namespace {ns} are allowed",
            PassMessage = ns => $"no flow from {label} in namespace {ns} is allowed",
        });
    }
}
