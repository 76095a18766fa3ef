using System.Globalization;

namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>
/// A scalar with its resolved type. <see cref="Quoted"/> is true for quoted or block YAML scalars
/// and JSON strings: only unquoted text is ever read as a number, boolean or null.
/// </summary>
internal sealed class ScalarNode(int line, int column, string text, ScalarType type, bool quoted) : Node(line, column)
{
    public string Text { get; } = text;

    public ScalarType Type { get; } = type;

    public bool Quoted { get; } = quoted;

    public override string Description => Type switch
    {
        ScalarType.Null => "null",
        ScalarType.Bool => $"boolean {Text}",
        ScalarType.Int or ScalarType.Float => $"number {Text}",
        _ => $"string '{Text}'",
    };

    public bool BoolValue => Type == ScalarType.Bool && Text[0] is 't' or 'T';

    /// <summary>The value of an integer scalar (decimal, 0x hex or 0o octal); false when out of range.</summary>
    public bool TryGetInt64(out long value)
    {
        value = 0;
        if (Type != ScalarType.Int)
        {
            return false;
        }

        var text = Text.AsSpan();
        var negative = text.Length > 0 && text[0] == '-';
        var unsigned = text.Length > 0 && text[0] is '-' or '+' ? text[1..] : text;
        bool parsed;
        if (unsigned.StartsWith("0x", StringComparison.Ordinal))
        {
            parsed = long.TryParse(unsigned[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value) && value >= 0;
        }
        else if (unsigned.StartsWith("0o", StringComparison.Ordinal))
        {
            parsed = TryParseOctal(unsigned[2..], out value);
        }
        else
        {
            parsed = long.TryParse(unsigned, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        value = negative ? -value : value;
        return parsed;
    }

    private static bool TryParseOctal(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (value > (long.MaxValue >> 3))
            {
                return false;
            }

            value = (value << 3) | (long)(digit - '0');
        }

        return digits.Length > 0;
    }
}
