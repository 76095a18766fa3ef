using System.Reflection;

namespace ComplianceAuditor.Controls.Tests;

public class ArchitectureTests
{
    [Fact]
    public void Controls_depends_on_the_engine_and_no_other_project_of_ours()
    {
        var references = Assembly.Load("ComplianceAuditor.Controls").GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("ComplianceAuditor.", StringComparison.Ordinal))
            .Where(n => n != "ComplianceAuditor.Engine")
            .ToList();

        Assert.Empty(references);
    }
}
