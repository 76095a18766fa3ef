using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Pdf.Layout;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>
/// Every failing, not-evaluated and waived finding, grouped by framework and control, with its
/// evidence capped per finding; past a budget of findings the rest are listed one line each.
/// </summary>
internal static class FindingsSection
{
    public static void Write(ReportContext context)
    {
        context.Section("Findings in detail");
        context.Note($"Findings that fail, could not be evaluated or are waived, with their evidence: at most {context.Options.EvidencePerFinding} flows, pods, policies or objects each. "
            + "Every offending flow is in the workbook (report.xlsx, Flows sheet) and in results.json.");
        var budget = context.Options.DetailedFindings;
        var rest = new List<(ControlInfo Control, FindingInfo Finding)>();
        var any = false;
        foreach (var framework in context.Report.Frameworks)
        {
            var controls = framework.Controls.Where(c => Open(c).Any()).ToList();
            if (controls.Count == 0)
            {
                continue;
            }

            any = true;
            context.Subsection(framework.Name);
            foreach (var control in controls)
            {
                budget = WriteControl(context, control, budget, rest);
            }
        }

        if (!any)
        {
            context.Text("No finding fails, is waived or could not be evaluated.");
        }

        WriteRest(context, rest);
    }

    public static IEnumerable<FindingInfo> Open(ControlInfo control) =>
        control.Checks.SelectMany(c => c.Findings).Where(f => f.Status is "fail" or "not-evaluated" or "waived");

    private static int WriteControl(ReportContext context, ControlInfo control, int budget, List<(ControlInfo, FindingInfo)> rest)
    {
        var findings = Open(control).ToList();
        if (budget <= 0)
        {
            rest.AddRange(findings.Select(f => (control, f)));
            return budget;
        }

        context.Flow.EnsureSpace(90);
        TextBlocks.Paragraph(context.Flow, $"{control.Id}  {control.Title}", context.Style.H3, spaceAfter: 2);
        context.Note($"{control.Severity} · {control.Status} · score {Formats.Score(control.Score)} · {findings.Count} finding(s)");
        foreach (var finding in findings)
        {
            if (budget-- > 0)
            {
                FindingBlock.Write(context, finding);
            }
            else
            {
                rest.Add((control, finding));
            }
        }

        return budget;
    }

    private static void WriteRest(ReportContext context, List<(ControlInfo Control, FindingInfo Finding)> rest)
    {
        if (rest.Count == 0)
        {
            return;
        }

        context.Subsection("Further findings");
        context.Text($"{Formats.Count(rest.Count)} more findings, one line each; their evidence is in the workbook (report.xlsx, Findings and Flows sheets).");
        context.Table(
            [new("Control", 1.4), new("Status", 1.5), new("Subject", 2.6), new("Message", 4), new("Evidence", 1.2)],
            rest.Select(r => (IReadOnlyList<TableCell>)
            [
                r.Control.Id, StatusLook.Cell(r.Finding.Status), r.Finding.Subject, r.Finding.Message, Formats.Count(r.Finding.Evidence.Total),
            ]));
    }
}
