using System.Collections.Immutable;
using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Reports.Tests.Templates;

/// <summary>Audit reports built in code: hostile cluster values, and a big cluster's worth of findings.</summary>
internal static class SampleReport
{
    public const string Script = "<script>alert(1)</script>";
    public const string Formula = "=HYPERLINK(\"http://x\")";
    public const string Template = "{{ 1+1 }}";

    /// <summary>A namespace, a zone, a finding message, a pod, a flow end and a waiver carry the hostile values.</summary>
    public static AuditReport Hostile()
    {
        var ns = $"ns{Script}|{Template}";
        var flow = new FlowInfo { Src = $"{ns}/pod*_[x](y)", Dst = Formula, Ports = "TCP 80|443", AllowedBy = [$"{ns}/p ingress[0] {Template}"] };
        var finding = Finding("fail", $"label app={Script} {Formula} {Template}\nsecond line", [flow], 1) with { Namespace = ns };
        finding = finding with { Evidence = finding.Evidence with { Pods = [$"{ns}/{Formula}"] } };
        return Report([Control("1.1", "critical", "fail", 0, [finding])], [Namespace(ns, 0)]) with
        {
            Scope = new ScopeInfo { Origin = "scope.yaml", Zones = [new ZoneInfo { Name = $"cde{Template}", Kind = "workload", Namespaces = [ns], Peers = 1 }], UnzonedNamespaces = [$"kube{Script}"] },
            Waivers = new WaiverSection { Applied = [Waiver(Script, Formula)], Expired = [Waiver("W-2", Template)] },
        };
    }

    /// <summary>controls × findingsPerControl failing findings, each with flowsPerFinding flows.</summary>
    public static AuditReport Large(int controls, int findingsPerControl, int flowsPerFinding)
    {
        var list = Enumerable.Range(0, controls).Select(c => Control(
            $"C-{c}", c % 2 == 0 ? "high" : "medium", "fail", 50,
            [.. Enumerable.Range(0, findingsPerControl).Select(f => Finding(
                "fail",
                $"{flowsPerFinding} flows reach namespace ns-{f}",
                [.. Enumerable.Range(0, flowsPerFinding).Select(i => new FlowInfo { Src = $"ns-{f}/pod-{i}", Dst = $"db-{c}/postgres-0", Ports = "TCP 5432", AllowedBy = [$"db-{c}/allow ingress[0] from[{i}]"] })],
                flowsPerFinding * 3))]));
        return Report([.. list], [.. Enumerable.Range(0, 2000).Select(i => Namespace($"ns-{i}", 50))]);
    }

    public static AuditReport Report(ImmutableArray<ControlInfo> controls, ImmutableArray<NamespaceInfo> namespaces) => new()
    {
        SchemaVersion = "1.0",
        Tool = new ToolInfo("compliance-auditor", "0.1.0"),
        AuditedAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
        Input = new InputInfo { Complete = false, Gaps = [new GapInfo("networkpolicies", $"forbidden {Script}")], Peers = 1, Namespaces = namespaces.Length, Policies = 1, Files = [new InputFileInfo("cluster.yaml", new string('a', 64), 10)] },
        Scope = new ScopeInfo { Origin = "built-in" },
        Frameworks = [new FrameworkInfo { Catalog = new CatalogInfo("controls/test.yaml", new string('c', 64)), Id = "pci", Name = "PCI DSS", Version = "4.0.1", Score = 12.5, Status = "fail", Controls = controls }],
        Namespaces = namespaces,
        Waivers = new WaiverSection(),
    };

    private static ControlInfo Control(string id, string severity, string status, double? score, ImmutableArray<FindingInfo> findings) => new()
    {
        Id = id,
        Title = $"Title of {id}",
        Severity = severity,
        Status = status,
        Score = score,
        Description = "What the control asks.",
        Remediation = "What to do.",
        Checks = [new CheckInfo { Type = "zone-isolation", Status = status, Findings = findings }],
    };

    private static FindingInfo Finding(string status, string message, ImmutableArray<FlowInfo> flows, int total) => new()
    {
        Status = status,
        Subject = "namespace x",
        Message = message,
        Evidence = new EvidenceInfo { Flows = flows, Total = total },
    };

    private static NamespaceInfo Namespace(string name, double? score) => new() { Name = name, Zones = ["cde"], Score = score, Fail = 1 };

    private static WaiverInfo Waiver(string id, string justification) => new()
    {
        Id = id,
        Control = "pci/1.1",
        Target = $"flows a -> b {Formula}",
        Justification = justification,
        Approver = "a@example.com",
        Ticket = "RISK-1",
        Expires = new DateOnly(2027, 1, 31),
    };
}
