namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// The API server's syntax rules for names, label keys and values, and named ports. Each check
/// returns null when the text is valid, else a message saying what was expected and what was found.
/// </summary>
internal static class NameRules
{
    private const string LabelExpectation = "an RFC 1123 label: at most 63 characters of lowercase a-z, 0-9 and '-', starting and ending with a letter or digit";
    private const string SubdomainExpectation = "an RFC 1123 subdomain: at most 253 characters of lowercase a-z, 0-9, '-' and '.', each dot-separated part starting and ending with a letter or digit";
    private const string NamePartExpectation = "1 to 63 characters of a-z, A-Z, 0-9, '-', '_' and '.', starting and ending with a letter or digit";

    public static string? CheckNamespaceName(string value, string what = "namespace name") =>
        IsDns1123Label(value) ? null : $"invalid {what} '{value}'{LengthNote(value, 63)}: expected {LabelExpectation}";

    public static string? CheckObjectName(string value) =>
        IsDns1123Subdomain(value) ? null : $"invalid name '{value}'{LengthNote(value, 253)}: expected {SubdomainExpectation}";

    public static string? CheckLabelValue(string value) =>
        value.Length == 0 || IsQualifiedNamePart(value)
            ? null
            : $"invalid label value '{value}'{LengthNote(value, 63)}: expected {NamePartExpectation}, or empty";

    public static string? CheckLabelKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0 && (slash == 0 || key.IndexOf('/', slash + 1) >= 0))
        {
            return $"invalid label key '{key}': expected a name, optionally preceded by a DNS subdomain prefix and '/'";
        }

        if (slash > 0 && !IsDns1123Subdomain(key[..slash]))
        {
            return $"invalid label key '{key}': prefix '{key[..slash]}' is not {SubdomainExpectation}";
        }

        var name = key[(slash + 1)..];
        return IsQualifiedNamePart(name) ? null : $"invalid label key '{key}': name part '{name}'{LengthNote(name, 63)} is not {NamePartExpectation}";
    }

    public static string? CheckPortName(string name) =>
        IsIanaServiceName(name)
            ? null
            : $"invalid port name '{name}': expected an IANA service name: 1 to 15 characters of lowercase a-z, 0-9 and '-', with at least one letter, no '-' at either end and no '--'";

    public static bool IsDns1123Label(string value) =>
        value.Length is > 0 and <= 63 && IsLabelPart(value);

    public static bool IsDns1123Subdomain(string value)
    {
        if (value.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var part in value.Split('.'))
        {
            if (!IsLabelPart(part))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsQualifiedNamePart(string value) =>
        value.Length is > 0 and <= 63
        && char.IsAsciiLetterOrDigit(value[0])
        && char.IsAsciiLetterOrDigit(value[^1])
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    public static bool IsIanaServiceName(string value) =>
        value.Length is > 0 and <= 15
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && value.Any(char.IsAsciiLetterLower)
        && value[0] != '-'
        && value[^1] != '-'
        && !value.Contains("--", StringComparison.Ordinal);

    private static bool IsLabelPart(string part) =>
        part.Length > 0
        && IsLowerAlphanumeric(part[0])
        && IsLowerAlphanumeric(part[^1])
        && part.All(c => IsLowerAlphanumeric(c) || c == '-');

    private static bool IsLowerAlphanumeric(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    private static string LengthNote(string value, int limit) =>
        value.Length > limit ? $" ({value.Length} characters)" : string.Empty;
}
