namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// Where templates come from: the bundled folder, and optionally a <c>--templates</c> folder whose
/// files replace bundled ones of the same name. Only plain file names resolve (no folders, no "..",
/// no absolute paths), so neither a template nor an include reaches a file outside these folders.
/// </summary>
internal sealed class TemplateFolders(string bundled, string? overrides)
{
    public string Bundled { get; } = Path.GetFullPath(bundled);

    public string? Overrides { get; } = overrides is null ? null : Path.GetFullPath(overrides);

    /// <summary>The file a template name stands for, or null (with why in <paramref name="error"/>).</summary>
    public string? Resolve(string name, out string? error)
    {
        if (!IsPlainName(name))
        {
            error = $"'{name}' is not a template name: only a file of the templates folder, by name (letters, digits, '.', '_', '-'), can be used";
            return null;
        }

        foreach (var folder in Overrides is null ? [Bundled] : new[] { Overrides, Bundled })
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                error = null;
                return path;
            }
        }

        error = $"template '{name}' is in neither {Describe()}";
        return null;
    }

    public string Describe() => Overrides is null ? Bundled : $"{Overrides} (--templates) nor {Bundled}";

    private static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 128
        && !name.Contains("..", StringComparison.Ordinal)
        && (char.IsAsciiLetterOrDigit(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
