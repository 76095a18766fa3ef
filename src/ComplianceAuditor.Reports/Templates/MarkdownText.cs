using System.Text;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// Makes a value inert in Markdown (CommonMark and GitHub's dialect), on one line: table cells stay
/// intact, and nothing in the value becomes emphasis, code, a link, an autolink or HTML.
/// </summary>
internal static class MarkdownText
{
    /// <summary>ASCII punctuation CommonMark lets a backslash escape, limited to what can start markup mid-line.</summary>
    private const string Backslashed = "\\`*_[]|~#";

    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (Backslashed.Contains(c, StringComparison.Ordinal) || BreaksAutolink(value, i))
            {
                text.Append('\\').Append(c);
                continue;
            }

            text.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' when i + 1 < value.Length && value[i + 1] == '\n' => string.Empty,
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    /// <summary>
    /// GitHub turns bare "scheme://", "www." and "user@host" text into links; a backslash before
    /// the ':', the '.' or the '@' splits the text so the autolinker no longer sees them.
    /// </summary>
    private static bool BreaksAutolink(string value, int i) => value[i] switch
    {
        ':' => value.AsSpan(i).StartsWith("://", StringComparison.Ordinal),
        '.' => i >= 3 && value.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase),
        '@' => true,
        _ => false,
    };
}
