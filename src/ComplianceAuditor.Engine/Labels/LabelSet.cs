using System.Collections;
using System.Text;

namespace ComplianceAuditor.Engine.Labels;

/// <summary>
/// Immutable labels (or any string map) sorted by key. Small and array-backed: pods carry a
/// handful of labels and there may be 150k pods, so lookups are binary searches, not hash tables.
/// </summary>
public sealed class LabelSet : IEquatable<LabelSet>, IReadOnlyCollection<KeyValuePair<string, string>>
{
    private readonly string[] keys;
    private readonly string[] values;
    private string? canonical;

    public static LabelSet Empty { get; } = new([], []);

    private LabelSet(string[] keys, string[] values)
    {
        this.keys = keys;
        this.values = values;
    }

    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    /// <summary>The i-th key in ordinal order; with <see cref="ValueAt"/>, a walk without an enumerator.</summary>
    public string KeyAt(int index) => keys[index];

    public string ValueAt(int index) => values[index];

    /// <summary>Builds a set; a later duplicate key replaces an earlier one.</summary>
    public static LabelSet From(IEnumerable<KeyValuePair<string, string>> labels)
    {
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in labels)
        {
            sorted[key] = value;
        }

        return sorted.Count == 0 ? Empty : new LabelSet([.. sorted.Keys], [.. sorted.Values]);
    }

    public static LabelSet Of(params (string Key, string Value)[] labels) =>
        From(labels.Select(l => KeyValuePair.Create(l.Key, l.Value)));

    public bool TryGetValue(string key, out string value)
    {
        var index = Array.BinarySearch(keys, key, StringComparer.Ordinal);
        value = index >= 0 ? values[index] : string.Empty;
        return index >= 0;
    }

    public bool ContainsKey(string key) => Array.BinarySearch(keys, key, StringComparer.Ordinal) >= 0;

    public LabelSet With(string key, string value)
    {
        var index = Array.BinarySearch(keys, key, StringComparer.Ordinal);
        if (index >= 0)
        {
            if (string.Equals(values[index], value, StringComparison.Ordinal))
            {
                return this;
            }

            var replaced = (string[])values.Clone();
            replaced[index] = value;
            return new LabelSet(keys, replaced);
        }

        var at = ~index;
        return new LabelSet([.. keys[..at], key, .. keys[at..]], [.. values[..at], value, .. values[at..]]);
    }

    /// <summary>The labels whose keys are in <paramref name="relevantKeys"/>: what selectors can see.</summary>
    public LabelSet Project(IReadOnlySet<string> relevantKeys)
    {
        var kept = new List<int>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (relevantKeys.Contains(keys[i]))
            {
                kept.Add(i);
            }
        }

        if (kept.Count == keys.Length)
        {
            return this;
        }

        return kept.Count == 0 ? Empty : new LabelSet([.. kept.Select(i => keys[i])], [.. kept.Select(i => values[i])]);
    }

    /// <summary>An unambiguous text form, usable as a dictionary key.</summary>
    public string CanonicalKey => canonical ??= BuildCanonical();

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return KeyValuePair.Create(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(LabelSet? other) =>
        other is not null && (ReferenceEquals(this, other) || (keys.AsSpan().SequenceEqual(other.keys) && values.AsSpan().SequenceEqual(other.values)));

    public override bool Equals(object? obj) => Equals(obj as LabelSet);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(CanonicalKey);

    public override string ToString() => string.Join(",", this.Select(l => $"{l.Key}={l.Value}"));

    private string BuildCanonical()
    {
        // Lengths prefix each part, so no key or value content can forge a different set's text.
        var text = new StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            text.Append(keys[i].Length).Append(':').Append(keys[i]).Append(values[i].Length).Append(':').Append(values[i]);
        }

        return text.ToString();
    }
}
