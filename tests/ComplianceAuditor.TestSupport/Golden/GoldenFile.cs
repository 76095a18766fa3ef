namespace ComplianceAuditor.TestSupport.Golden;

/// <summary>
/// Compares output with a golden file. With UPDATE_GOLDEN=1 the golden is rewritten instead; on a
/// mismatch the actual output is left beside it as actual_NAME so `diff` shows the change.
/// </summary>
public static class GoldenFile
{
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Returns null when they match (or the golden was updated), else a message for the failing assertion.</summary>
    public static string? Compare(string goldenPath, string actual)
    {
        var actualPath = Path.Combine(Path.GetDirectoryName(goldenPath)!, "actual_" + Path.GetFileName(goldenPath));
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            File.WriteAllText(goldenPath, actual);
            File.Delete(actualPath);
            return null;
        }

        if (!File.Exists(goldenPath))
        {
            File.WriteAllText(actualPath, actual);
            return $"golden file {goldenPath} is missing; the output was written to {actualPath} (run with UPDATE_GOLDEN=1 to accept it)";
        }

        var expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            File.Delete(actualPath);
            return null;
        }

        File.WriteAllText(actualPath, actual);
        return $"output differs from {goldenPath}; see `diff {goldenPath} {actualPath}` (UPDATE_GOLDEN=1 accepts it)\n{FirstDifference(expected, actual)}";
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"first difference at line {i + 1}:\n  expected: {left}\n  actual:   {right}";
            }
        }

        return string.Empty;
    }
}
