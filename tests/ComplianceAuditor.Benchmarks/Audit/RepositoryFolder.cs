namespace ComplianceAuditor.Benchmarks.Audit;

/// <summary>Finds the repository's controls/ folder from the working directory or the binaries, whichever is inside the repository.</summary>
internal static class RepositoryFolder
{
    public static string Controls()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var controls = Path.Combine(dir.FullName, "controls");
                if (File.Exists(Path.Combine(dir.FullName, "ComplianceAuditor.sln")) && Directory.Exists(controls))
                {
                    return controls;
                }
            }
        }

        throw new ArgumentException("no controls/ folder found: run from inside the repository");
    }
}
