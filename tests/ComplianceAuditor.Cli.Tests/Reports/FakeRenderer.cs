using System.Text;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Cli.Tests.Reports;

/// <summary>
/// A renderer standing in for the real ones: writes what it was given (audit time, framework ids
/// and scores, templates folder, inventory size), or writes half its output and then fails.
/// </summary>
internal sealed class FakeRenderer(string format, string fileName, bool fail = false, string failure = "the fake renderer failed half way") : IReportRenderer
{
    public string Format => format;

    public string FileName => fileName;

    public void Render(ReportInput input, Stream output)
    {
        var text = new StringBuilder()
            .Append("audited ").Append(input.Report.AuditedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .AppendJoin('\n', input.Report.Frameworks.Select(f => $"{f.Id} {f.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")).Append('\n')
            .Append("templates ").Append(input.TemplatesDirectory ?? "-").Append('\n')
            .Append("inventory ").Append(input.Inventory?.Pods.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-").Append('\n');
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        output.Write(bytes, 0, fail ? bytes.Length / 2 : bytes.Length);
        if (fail)
        {
            throw new InvalidOperationException(failure);
        }
    }
}
