using System.Globalization;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>A new folder per audit run, named by its UTC time; an earlier run's folder is never reused.</summary>
internal static class RunFolder
{
    public static string Create(string root, DateTimeOffset now)
    {
        var name = "audit-" + now.UtcDateTime.ToString("yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(root);
        for (var attempt = 1; ; attempt++)
        {
            var folder = Path.Combine(root, attempt == 1 ? name : $"{name}-{attempt}");
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                return folder;
            }
        }
    }
}
