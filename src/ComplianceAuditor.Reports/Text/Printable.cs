using System.Globalization;
using System.Text;

namespace ComplianceAuditor.Reports.Text;

/// <summary>
/// Makes untrusted text (names, label values: anyone who can create a pod writes them) safe for a
/// terminal or a text file: control and format characters are shown as \uXXXX escapes, so they
/// cannot forge lines or move the cursor.
/// </summary>
public static class Printable
{
    public static string Escape(string text)
    {
        if (!NeedsEscape(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || c == '\\';
}
