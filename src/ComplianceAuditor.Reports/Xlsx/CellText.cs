using System.Text;

namespace ComplianceAuditor.Reports.Xlsx;

/// <summary>
/// Makes a value safe to store as a workbook text cell. Every text cell goes through here, because
/// names, labels, messages and waiver text come from the cluster or from people.
/// </summary>
/// <remarks>
/// Formula injection: the cells are written as inline strings, which no spreadsheet evaluates on
/// opening; the risk is a user editing the cell (F2, Enter) or saving the sheet as CSV, after which
/// <c>=HYPERLINK(...)</c> would run. As OWASP recommends for CSV injection, a value starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a leading single quote, which
/// stays in the stored text so the value shows as inert wherever it is copied.
/// XML: characters XML 1.0 cannot carry (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF) become
/// U+FFFD, so the evidence shows that something was there instead of silently losing it. A carriage
/// return becomes a line feed: XML readers turn a raw CR into LF anyway, so the workbook says what
/// every reader will show (a value that started with CR keeps its quote).
/// </remarks>
internal static class CellText
{
    public const char Neutraliser = '\'';

    private const char Replacement = '\uFFFD';

    public static string Safe(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = IsXmlClean(value) ? value : ReplaceInvalid(value);
        var neutralise = StartsLikeFormula(text);
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return neutralise ? Neutraliser + text : text;
    }

    public static bool StartsLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool IsXmlClean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsXmlChar(value, ref i))
            {
                return false;
            }
        }

        return true;
    }

    private static string ReplaceInvalid(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var start = i;
            if (IsXmlChar(value, ref i))
            {
                builder.Append(value, start, i - start + 1);
            }
            else
            {
                builder.Append(Replacement);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether the character at <paramref name="i"/> may appear in XML 1.0; a valid surrogate pair advances <paramref name="i"/> past its low half.</summary>
    private static bool IsXmlChar(string value, ref int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                return true;
            }

            return false;
        }

        return c is '\t' or '\n' or '\r' or (>= ' ' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
    }
}
