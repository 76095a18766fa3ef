using System.Text;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values: the five characters that
/// can open markup or end an attribute become character references.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
