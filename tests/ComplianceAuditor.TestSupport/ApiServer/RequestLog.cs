namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>The requests answered so far, in the order they finished.</summary>
internal sealed class RequestLog
{
    private readonly Lock gate = new();
    private readonly List<RequestRecord> records = [];

    public void Add(RequestRecord record)
    {
        lock (gate)
        {
            records.Add(record);
        }
    }

    public IReadOnlyList<RequestRecord> Snapshot()
    {
        lock (gate)
        {
            return records.ToArray();
        }
    }
}
