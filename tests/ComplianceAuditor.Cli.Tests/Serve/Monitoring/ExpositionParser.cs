using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceAuditor.Cli.Tests.Serve.Monitoring;

/// <summary>
/// A deliberately strict reader of the Prometheus text format 0.0.4, independent of the writer: every line
/// is blank, a comment, or `name{labels} value`; names and label names match the format's patterns; label
/// values use only the three escapes; every sample's name has one TYPE line before it; no series twice.
/// Throws FormatException naming the line.
/// </summary>
internal static partial class ExpositionParser
{
    private static readonly HashSet<string> Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    public static Exposition Parse(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("the last line does not end with a line feed");
        }

        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = new List<Sample>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            try
            {
                ParseLine(lines[i], types, samples, seen);
            }
            catch (FormatException e)
            {
                throw new FormatException($"line {i + 1}: {e.Message}: {lines[i]}", e);
            }
        }

        return new Exposition(types, samples);
    }

    private static void ParseLine(string line, Dictionary<string, string> types, List<Sample> samples, HashSet<string> seen)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (line.StartsWith('#'))
        {
            ParseComment(line, types, samples);
            return;
        }

        var sample = ParseSample(line);
        if (!types.ContainsKey(sample.Name))
        {
            throw new FormatException($"{sample.Name} has no TYPE line before it");
        }

        var key = sample.Name + "{" + string.Join(",", sample.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + "}";
        if (!seen.Add(key))
        {
            throw new FormatException($"duplicate series {key}");
        }

        samples.Add(sample);
    }

    private static void ParseComment(string line, Dictionary<string, string> types, List<Sample> samples)
    {
        var parts = line.Split(' ', 4);
        if (parts.Length < 3 || parts[0] != "#" || parts[1] is not ("HELP" or "TYPE"))
        {
            return;
        }

        var name = parts[2];
        if (!MetricName().IsMatch(name))
        {
            throw new FormatException($"bad metric name {name}");
        }

        if (parts[1] == "TYPE")
        {
            if (parts.Length != 4 || !Types.Contains(parts[3]))
            {
                throw new FormatException("TYPE without a known type");
            }

            if (samples.Any(s => s.Name == name) || !types.TryAdd(name, parts[3]))
            {
                throw new FormatException($"TYPE for {name} repeated or after its samples");
            }
        }
    }

    private static Sample ParseSample(string line)
    {
        var name = MetricNamePrefix().Match(line);
        if (!name.Success)
        {
            throw new FormatException("no metric name");
        }

        var position = name.Length;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (position < line.Length && line[position] == '{')
        {
            position = ParseLabels(line, position + 1, labels);
        }

        if (position >= line.Length || line[position] != ' ')
        {
            throw new FormatException("expected one space before the value");
        }

        var fields = line[(position + 1)..].Split(' ');
        if (fields.Length is < 1 or > 2 || (fields.Length == 2 && !long.TryParse(fields[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            throw new FormatException("expected a value and at most a timestamp");
        }

        return new Sample(name.Value, labels, ParseValue(fields[0]));
    }

    /// <returns>The position after the closing brace.</returns>
    private static int ParseLabels(string line, int position, Dictionary<string, string> labels)
    {
        while (position < line.Length && line[position] != '}')
        {
            var name = LabelNamePrefix().Match(line, position);
            if (!name.Success || name.Index != position || position + name.Length + 1 >= line.Length || line[position + name.Length] != '=' || line[position + name.Length + 1] != '"')
            {
                throw new FormatException($"bad label at column {position + 1}");
            }

            (var value, position) = ParseQuoted(line, position + name.Length + 2);
            if (!labels.TryAdd(name.Value, value))
            {
                throw new FormatException($"label {name.Value} twice");
            }

            if (position < line.Length && line[position] == ',')
            {
                position++;
                if (position < line.Length && line[position] == '}')
                {
                    throw new FormatException("trailing comma");
                }
            }
            else if (position >= line.Length || line[position] != '}')
            {
                throw new FormatException($"expected , or }} at column {position + 1}");
            }
        }

        if (position >= line.Length)
        {
            throw new FormatException("unclosed label set");
        }

        return position + 1;
    }

    private static (string Value, int Next) ParseQuoted(string line, int position)
    {
        var value = new StringBuilder();
        for (; position < line.Length; position++)
        {
            var c = line[position];
            if (c == '"')
            {
                return (value.ToString(), position + 1);
            }

            if (c == '\\')
            {
                position++;
                value.Append(position < line.Length ? line[position] switch
                {
                    '\\' => '\\',
                    '"' => '"',
                    'n' => '\n',
                    var other => throw new FormatException($"invalid escape \\{other}"),
                } : throw new FormatException("escape at the end of the line"));
            }
            else
            {
                value.Append(c);
            }
        }

        throw new FormatException("unterminated label value");
    }

    private static double ParseValue(string text) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ when double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw new FormatException($"bad value {text}"),
    };

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex MetricNamePrefix();

    [GeneratedRegex("[a-zA-Z_][a-zA-Z0-9_]*")]
    private static partial Regex LabelNamePrefix();

    /// <summary>One sample line.</summary>
    internal sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    /// <summary>The TYPE of every family and the samples in order.</summary>
    internal sealed record Exposition(IReadOnlyDictionary<string, string> Types, IReadOnlyList<Sample> Samples)
    {
        public IEnumerable<Sample> Named(string name) => Samples.Where(s => s.Name == name);

        /// <summary>The one sample of <paramref name="name"/> whose labels include all of <paramref name="labels"/>, or null.</summary>
        public double? Value(string name, params (string Name, string Value)[] labels) =>
            Named(name).SingleOrDefault(s => labels.All(l => s.Labels.TryGetValue(l.Name, out var v) && v == l.Value))?.Value;
    }
}
