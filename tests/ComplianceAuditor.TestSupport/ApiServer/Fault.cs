namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// A scripted failure for one request. The set is closed (the constructor is not visible outside this
/// assembly) so the server can answer every kind with an exhaustive switch.
/// </summary>
public abstract record Fault
{
    private protected Fault()
    {
    }
}
