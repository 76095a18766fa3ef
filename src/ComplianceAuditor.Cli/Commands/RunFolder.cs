using System.Globalization;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>A new folder per run (audit-&lt;UTC&gt;, report-&lt;UTC&gt;), named by its UTC time; an earlier run's folder is never reused.</summary>
internal static class RunFolder
{
    /// <summary>
    /// Created with <see cref="FileMode.CreateNew"/> in each new folder. Creating a directory succeeds
    /// when it already exists, so two runs in the same second could both take one folder; creating
    /// this file is atomic, and only the run that creates it owns the folder.
    /// </summary>
    public const string ClaimFile = ".run";

    public static string Create(string root, DateTimeOffset now, string kind = "audit")
    {
        var name = kind + "-" + now.UtcDateTime.ToString("yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(root);
        for (var attempt = 1; ; attempt++)
        {
            var folder = Path.Combine(root, attempt == 1 ? name : $"{name}-{attempt}");
            if (!Directory.Exists(folder) && Claim(folder))
            {
                return folder;
            }
        }
    }

    private static bool Claim(string folder)
    {
        Directory.CreateDirectory(folder);
        try
        {
            using var claim = new FileStream(Path.Combine(folder, ClaimFile), FileMode.CreateNew, FileAccess.Write);
            return true;
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, ClaimFile)))
        {
            return false;
        }
    }
}
