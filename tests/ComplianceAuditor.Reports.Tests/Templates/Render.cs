using System.Text;
using ComplianceAuditor.Reports.Model;
using ComplianceAuditor.Reports.Rendering;

namespace ComplianceAuditor.Reports.Tests.Templates;

internal static class Render
{
    public static string Text(IReportRenderer renderer, AuditReport report, string? templates = null)
    {
        using var output = new MemoryStream();
        renderer.Render(new ReportInput { Report = report, TemplatesDirectory = templates }, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>A fresh --templates folder holding the given files.</summary>
    public static string Folder(params (string Name, string Text)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"templates-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return folder;
    }
}
