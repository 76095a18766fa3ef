namespace ComplianceAuditor.TestSupport.Golden;

/// <summary>Finds the repository from a test's output folder, so tests read shared fixtures wherever they run.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string TestData => Path.Combine(Root, "tests", "testdata");

    public static string Demo => Path.Combine(Root, "deploy", "demo");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplianceAuditor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ComplianceAuditor.sln not found above {AppContext.BaseDirectory}");
    }
}
