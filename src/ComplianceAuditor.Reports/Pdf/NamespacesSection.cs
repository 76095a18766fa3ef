using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Pdf.Layout;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>The score of every namespace, worst first, with its finding counts.</summary>
internal static class NamespacesSection
{
    public static void Write(ReportContext context)
    {
        var namespaces = context.Report.Namespaces;
        context.Section("Namespace scores");
        context.Text("Findings about each namespace over every framework, weakest first; the score is the severity-weighted share of its counted findings that pass (waived and not-applicable findings are left out).");
        context.Table(
            [new("Namespace", 3), new("Zones", 2), new("Score", 0.9), new("pass", 0.8), new("fail", 0.8), new("not-evaluated", 1.2), new("waived", 0.8)],
            namespaces.OrderBy(n => n.Score ?? 101).ThenBy(n => n.Name, StringComparer.Ordinal).Select(Row));
    }

    private static IReadOnlyList<TableCell> Row(NamespaceInfo ns) =>
    [
        new(ns.Name) { Bold = true }, Formats.List(ns.Zones, "—"), Formats.Score(ns.Score),
        Formats.Count(ns.Pass), Count(ns.Fail, "fail"), Count(ns.NotEvaluated, "not-evaluated"), Formats.Count(ns.Waived),
    ];

    private static TableCell Count(int count, string status) =>
        count == 0 ? new("0") : new(Formats.Count(count)) { Color = StatusLook.Text(status), Bold = true };
}
