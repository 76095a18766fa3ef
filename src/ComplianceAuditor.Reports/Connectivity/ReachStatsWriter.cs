using System.Text.Json;
using ComplianceAuditor.Engine.Reachability;

namespace ComplianceAuditor.Reports.Connectivity;

/// <summary>Writes <c>reach --format stats</c>: one JSON object of counts (see the README for each field).</summary>
public static class ReachStatsWriter
{
    public static void Write(Stream output, ReachabilityStats stats)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("pods", stats.Pods);
        json.WriteNumber("workloads", stats.Workloads);
        json.WriteNumber("peers", stats.Peers);
        json.WriteNumber("namespaces", stats.Namespaces);
        json.WriteNumber("policies", stats.Policies);
        json.WriteNumber("podClasses", stats.PeerClasses);
        json.WriteNumber("sourceClasses", stats.SourceClasses);
        json.WriteNumber("destinationClasses", stats.DestinationClasses);
        json.WriteNumber("allowedPairs", stats.AllowedPairs);
        json.WriteNumber("isolatedForIngress", stats.IsolatedForIngress);
        json.WriteNumber("isolatedForEgress", stats.IsolatedForEgress);
        json.WriteEndObject();
    }
}
