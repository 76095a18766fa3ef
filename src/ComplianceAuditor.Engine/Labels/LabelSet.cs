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

    public LabelSet With(string key, string value) =>
        From(this.Where(l => l.Key != key).Append(KeyValuePair.Create(key, value)));

    /// <summary>The labels whose keys are in <paramref name="relevantKeys"/>: what selectors can see.</summary>
    public LabelSet Project(IReadOnlySet<string> relevantKeys)
    {
        var kept = 0;
        foreach (var key in keys)
        {
            kept += relevantKeys.Contains(key) ? 1 : 0;
        }

        if (kept == keys.Length)
        {
            return this;
        }

        return From(this.Where(l => relevantKeys.Contains(l.Key)));
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
