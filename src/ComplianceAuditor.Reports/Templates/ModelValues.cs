using System.Globalization;
using Scriban.Runtime;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// Turns model values into template values. Every string passes through the format's escaper here,
/// once, so a template cannot print a cluster value unescaped: escaping is the default, not a
/// filter a template author has to remember. Counts what it builds, to size the loop limit.
/// </summary>
internal sealed class ModelValues(Func<string, string> escape)
{
    /// <summary>Objects and strings put in lists so far.</summary>
    public int Items { get; private set; }

    public string Text(string value) => escape(value);

    public string? Optional(string? value) => value is null ? null : escape(value);

    public ScriptArray Texts(IEnumerable<string> values) => List(values, v => escape(v));

    public ScriptArray List<T>(IEnumerable<T> values, Func<T, object> map)
    {
        var list = new ScriptArray();
        foreach (var value in values)
        {
            list.Add(map(value));
        }

        Items += list.Count;
        return list;
    }

    /// <summary>Scores as results.json holds them: a percentage with one decimal, or n/a.</summary>
    public static string Score(double? score) =>
        score is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    /// <summary>A status as a word, so no reader depends on colour to tell pass from fail.</summary>
    public static string StatusLabel(string status) => status switch
    {
        "pass" => "PASS",
        "fail" => "FAIL",
        "waived" => "WAIVED",
        "not-applicable" => "N/A",
        "not-evaluated" => "NOT EVALUATED",
        _ => status.ToUpperInvariant(),
    };

    public static int SeverityRank(string severity) => severity switch
    {
        "critical" => 0,
        "high" => 1,
        "medium" => 2,
        "low" => 3,
        _ => 4,
    };

    public static ScriptObject Object(params (string Name, object? Value)[] members)
    {
        var result = new ScriptObject(members.Length);
        foreach (var (name, value) in members)
        {
            result.Add(name, value);
        }

        return result;
    }
}
