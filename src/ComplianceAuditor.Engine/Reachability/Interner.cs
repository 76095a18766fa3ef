namespace ComplianceAuditor.Engine.Reachability;

/// <summary>Gives each distinct value a dense id, in first-seen order.</summary>
internal sealed class Interner<T>(IEqualityComparer<T>? comparer = null)
    where T : notnull
{
    private readonly Dictionary<T, int> ids = new(comparer);
    private readonly List<T> values = [];

    public int Count => values.Count;

    public IReadOnlyList<T> Values => values;

    public int Intern(T value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = values.Count;
            ids.Add(value, id);
            values.Add(value);
        }

        return id;
    }

    public T this[int id] => values[id];
}
