using System.Collections.Immutable;
using System.Text.Json;
using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.TestSupport.Reports;

/// <summary>
/// A big cluster's audit results, built in code: <c>controls × findingsPerControl</c> failing
/// findings, each with <c>flowsPerFinding</c> offending flows (the size: 100 × 100 × 20 =
/// 10,000 findings and 200,000 flows), over 500 namespaces. Written as results.json, it is what
/// <c>report --from</c> renders in the report benchmark.
/// </summary>
public static class LargeAuditReport
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static AuditReport Build(int controls = 100, int findingsPerControl = 100, int flowsPerFinding = 20)
    {
        var namespaces = Enumerable.Range(0, 500).Select(i => $"team-{i:000}").ToList();
        var list = Enumerable.Range(0, controls).Select(c => Control(c, [.. Enumerable.Range(0, findingsPerControl).Select(f =>
        {
            var ns = namespaces[((c * findingsPerControl) + f) % namespaces.Count];
            return Finding(ns, [.. Enumerable.Range(0, flowsPerFinding).Select(k => Flow($"{ns}/api-{k}-7d9f8b6c5-xk2lp", $"payments/db-{k % 5}-0"))]);
        })]));
        return new AuditReport
        {
            SchemaVersion = "1.0",
            Tool = new ToolInfo("compliance-auditor", "0.1.0"),
            AuditedAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
            Input = new InputInfo { Complete = true, Peers = 150_000, Namespaces = namespaces.Count, Policies = 30_000, Files = [new InputFileInfo("cluster.json", new string('0', 64), 250_000_000)] },
            Scope = new ScopeInfo { Origin = "built-in", Zones = [new ZoneInfo { Name = "cde", Kind = "workload", Namespaces = ["payments"], Peers = 5 }], UnzonedNamespaces = ["kube-system"] },
            Frameworks = [new FrameworkInfo { Id = "pci-dss-4.0.1", Name = "PCI DSS", Version = "4.0.1", Catalog = new CatalogInfo("controls/pci-dss-4.0.1.yaml", new string('1', 64)), Score = 0, Status = "fail", Controls = [.. list] }],
            Namespaces = [.. namespaces.Select(n => new NamespaceInfo { Name = n, Zones = ["connected"], Score = 50, Pass = 1, Fail = 1 })],
            Waivers = new WaiverSection(),
        };
    }

    public static void Write(AuditReport report, Stream output) => JsonSerializer.Serialize(output, report, Json);

    private static ControlInfo Control(int index, ImmutableArray<FindingInfo> findings) => new()
    {
        Id = $"1.{index}",
        Title = $"Inbound traffic to the CDE is restricted ({index})",
        Severity = (index % 4) switch { 0 => "critical", 1 => "high", 2 => "medium", _ => "low" },
        Status = "fail",
        Score = 0,
        Description = "Traffic into the cardholder data environment is limited to what is necessary.",
        Remediation = "Narrow the rules that allow the flows.",
        Checks = [new CheckInfo { Type = "zone-isolation", Status = "fail", Findings = findings }],
    };

    private static FindingInfo Finding(string ns, ImmutableArray<FlowInfo> flows) => new()
    {
        Status = "fail",
        Subject = $"namespace {ns}",
        Namespace = ns,
        Message = $"{flows.Length} flow(s) from {ns} reach the cardholder data environment",
        Evidence = new EvidenceInfo { Flows = flows, Total = flows.Length },
    };

    private static FlowInfo Flow(string src, string dst) => new()
    {
        Src = src,
        Dst = dst,
        Ports = "TCP 5432",
        Protocols = ImmutableDictionary<string, string>.Empty.Add("TCP", "5432"),
        AllowedBy = [$"{dst.Split('/')[0]}/allow-db ingress[0] from[0]"],
    };
}
