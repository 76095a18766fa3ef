namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>
/// Resolves an unquoted YAML scalar to a JSON type with the YAML 1.2 core schema: what the
/// API server sees once kubectl has turned the YAML into JSON. kubectl's YAML 1.1 reader also
/// takes yes/no/on/off as booleans, so those are booleans here too and a label value written
/// `yes` is rejected as kubectl would reject it. The single letters y/n stay strings, as in YAML
/// 1.2: the classic x/y/z namespaces of the conformance model must not turn into booleans.
/// </summary>
internal static class PlainScalarResolver
{
    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    public static ScalarType Resolve(string text)
    {
        if (text.Length == 0)
        {
            return ScalarType.Null;
        }

        return text switch
        {
            "~" or "null" or "Null" or "NULL" => ScalarType.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarType.Bool,
            "yes" or "Yes" or "YES" or "no" or "No" or "NO" => ScalarType.Bool,
            "on" or "On" or "ON" or "off" or "Off" or "OFF" => ScalarType.Bool,
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF" => ScalarType.Float,
            ".nan" or ".NaN" or ".NAN" => ScalarType.Float,
            _ => ResolveNumber(text),
        };
    }

    private static ScalarType ResolveNumber(string text)
    {
        var first = text[0];
        if (!char.IsAsciiDigit(first) && first is not ('-' or '+' or '.'))
        {
            return ScalarType.String;
        }

        if (IsInteger(text))
        {
            return ScalarType.Int;
        }

        return IsFloat(text) ? ScalarType.Float : ScalarType.String;
    }

    private static bool IsInteger(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            return text.Length > 2 && text[2..].ContainsAnyExcept(HexDigits) is false;
        }

        if (text.StartsWith("0o", StringComparison.Ordinal))
        {
            return text.Length > 2 && text[2..].ContainsAnyExceptInRange('0', '7') is false;
        }

        var digits = text[0] is '-' or '+' ? text[1..] : text;
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    private static bool IsFloat(ReadOnlySpan<char> text)
    {
        var i = text[0] is '-' or '+' ? 1 : 0;
        var integerDigits = CountDigits(text, ref i);
        var fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            fractionDigits = CountDigits(text, ref i);
        }

        if (integerDigits == 0 && fractionDigits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            i += i < text.Length && text[i] is '-' or '+' ? 1 : 0;
            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int CountDigits(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
