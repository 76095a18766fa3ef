using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Pdf.Layout;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>What was in scope, what was read and what was not, and what that means for the scores.</summary>
internal static class ScopeSection
{
    public static void Write(ReportContext context)
    {
        var report = context.Report;
        context.Section("Scope and coverage");
        context.Field("Scope definition", report.Scope.Origin);
        context.Field("Namespaces", Formats.Count(report.Input.Namespaces));
        context.Field("Network policies", Formats.Count(report.Input.Policies));
        context.Field("Peers", Formats.Count(report.Input.Peers));
        context.Field("Input", report.Input.Complete ? "complete: every resource kind could be read" : "partial: some resources could not be read (below)");
        context.Flow.Advance(6);
        WriteZones(context, report.Scope);
        context.Subsection("Namespaces in no zone");
        context.Text(Formats.List(report.Scope.UnzonedNamespaces));
        WriteCoverage(context, report.Input);
    }

    private static void WriteZones(ReportContext context, ScopeInfo scope)
    {
        context.Subsection("Zones");
        if (scope.Zones.IsEmpty)
        {
            context.Text("No zones are defined.");
            return;
        }

        context.Table(
            [new("Zone", 1.4), new("Kind", 0.9), new("Namespaces", 4), new("Peers", 0.7), new("CIDRs", 2.2)],
            scope.Zones.Select(z => (IReadOnlyList<TableCell>)
            [
                new(z.Name) { Bold = true }, z.Kind, Formats.List(z.Namespaces, "—"), Formats.Count(z.Peers), Formats.List(z.Cidrs, "—"),
            ]));
    }

    private static void WriteCoverage(ReportContext context, InputInfo input)
    {
        context.Subsection("What could not be read");
        if (input.Gaps.IsEmpty)
        {
            context.Text("Nothing: the input is complete.");
        }
        else
        {
            context.Text("Controls that depend on these resources are reported as not-evaluated, never as passing.");
            context.Table([new("Resource", 2), new("Reason", 5)], input.Gaps.Select(g => (IReadOnlyList<TableCell>)[g.Resource, g.Reason]));
        }

        context.Subsection("Policy objects not evaluated");
        if (input.Unevaluated.IsEmpty)
        {
            context.Text("None: every policy object in the input is a Kubernetes NetworkPolicy the engine evaluates.");
            return;
        }

        context.Text($"{input.Unevaluated.Length} policy object(s) of kinds the engine does not evaluate (for example a CNI's own policy types) were found. "
            + "They may allow or deny traffic that this report does not account for, so the reachability shown here may differ from the cluster's.");
        context.Table([new("Object", 1)], input.Unevaluated.Select(u => (IReadOnlyList<TableCell>)[u]));
    }
}
