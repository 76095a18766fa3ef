namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// Failures to answer with, in order, per request path. A fault is used up by the next request to its
/// path that passes authentication; requests without a valid token get their 401 without consuming one.
/// </summary>
public sealed class FaultScript
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Queue<Fault>> faults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> expiries = new(StringComparer.Ordinal);

    public void Enqueue(FakeResourceKind resource, Fault fault) => Enqueue(ResourceRoute.For(resource).Path, fault);

    /// <summary>For paths that are not resources, e.g. "/version". The path is matched exactly, without the query.</summary>
    public void Enqueue(string path, Fault fault)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(fault);
        lock (gate)
        {
            if (!faults.TryGetValue(path, out var queue))
            {
                queue = new Queue<Fault>();
                faults.Add(path, queue);
            }

            queue.Enqueue(fault);
        }
    }

    /// <summary>The next <paramref name="times"/> requests of this resource that carry a valid continue token answer 410 Expired.</summary>
    public void ExpireContinueTokens(FakeResourceKind resource, int times)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        var path = ResourceRoute.For(resource).Path;
        lock (gate)
        {
            expiries[path] = expiries.GetValueOrDefault(path) + times;
        }
    }

    /// <summary>Faults not yet used, over all paths.</summary>
    public int Pending
    {
        get
        {
            lock (gate)
            {
                return faults.Values.Sum(queue => queue.Count) + expiries.Values.Sum();
            }
        }
    }

    internal Fault? TakeFault(string path)
    {
        lock (gate)
        {
            return faults.TryGetValue(path, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
        }
    }

    internal bool TakeExpiry(string path)
    {
        lock (gate)
        {
            var left = expiries.GetValueOrDefault(path);
            if (left == 0)
            {
                return false;
            }

            expiries[path] = left - 1;
            return true;
        }
    }
}
