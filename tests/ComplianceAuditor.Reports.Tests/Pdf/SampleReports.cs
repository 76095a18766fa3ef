using System.Collections.Immutable;
using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Reports.Tests.Pdf;

/// <summary>Audit reports built in code: with hostile names, or large.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset AuditedAt = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    public static AuditReport With(IReadOnlyList<string> namespaces, IReadOnlyList<ControlInfo> controls) => new()
    {
        SchemaVersion = "1.0",
        Tool = new ToolInfo("compliance-auditor", "0.1.0"),
        AuditedAt = AuditedAt,
        Input = new InputInfo
        {
            Complete = true,
            Peers = namespaces.Count,
            Namespaces = namespaces.Count,
            Policies = 1,
            Files = [new InputFileInfo("cluster.yaml", new string('a', 64), 1234)],
        },
        Scope = new ScopeInfo
        {
            Origin = "built-in",
            Zones = [new ZoneInfo { Name = "cde", Kind = "workload", Namespaces = [.. namespaces.Take(3)], Peers = 3 }],
            UnzonedNamespaces = [.. namespaces.Skip(3)],
        },
        Frameworks = [new FrameworkInfo { Catalog = new CatalogInfo("controls/test.yaml", new string('c', 64)), Id = "pci", Name = "PCI DSS", Version = "4.0.1", Score = 50, Status = "fail", Controls = [.. controls] }],
        Namespaces = [.. namespaces.Select((n, i) => new NamespaceInfo { Name = n, Score = i * 10 % 100, Pass = i, Fail = 1 })],
        Waivers = new WaiverSection(),
    };

    public static ControlInfo Control(string id, string status, IReadOnlyList<FindingInfo> findings) => new()
    {
        Id = id,
        Title = $"Control {id}",
        Severity = "high",
        Status = status,
        Score = status == "pass" ? 100 : 0,
        Description = "d",
        Checks = [new CheckInfo { Type = "no-flows", Status = status, Findings = [.. findings] }],
    };

    public static FindingInfo Finding(string subject, IEnumerable<FlowInfo> flows, int total) => new()
    {
        Status = "fail",
        Subject = subject,
        Message = $"{subject} reaches the cardholder data environment",
        Evidence = new EvidenceInfo { Flows = [.. flows], Total = total },
    };

    public static FlowInfo Flow(string src, string dst) =>
        new() { Src = src, Dst = dst, Ports = "TCP 5432", AllowedBy = ImmutableArray.Create($"{dst.Split('/')[0]}/allow-all ingress[0] from[0]") };

    /// <summary>10,000 failing findings over 100 controls, 20 flows each: 200,000 flows.</summary>
    public static AuditReport Large()
    {
        var namespaces = Enumerable.Range(0, 500).Select(i => $"team-{i:000}").ToList();
        var controls = Enumerable.Range(0, 100).Select(c => Control($"1.{c}", "fail", [.. Enumerable.Range(0, 100).Select(f =>
        {
            var ns = namespaces[((c * 100) + f) % namespaces.Count];
            return Finding($"namespace {ns}", Enumerable.Range(0, 20).Select(k => Flow($"{ns}/api-{k}-7d9f8b6c5-xk2lp", $"payments/db-{k}")), 20);
        })])).ToList();
        return With(namespaces, controls);
    }
}
