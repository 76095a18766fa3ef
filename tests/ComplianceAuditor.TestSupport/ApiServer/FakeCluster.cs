namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>What the fake API server serves. Items are JSON exactly as they appear inside a real list.</summary>
public sealed class FakeCluster
{
    private readonly FakeResource[] resources = Enum.GetValues<FakeResourceKind>().Select(kind => new FakeResource(kind)).ToArray();
    private volatile string gitVersion = "v1.31.2";

    public FakeResource Namespaces => this[FakeResourceKind.Namespaces];

    public FakeResource Pods => this[FakeResourceKind.Pods];

    public FakeResource NetworkPolicies => this[FakeResourceKind.NetworkPolicies];

    public FakeResource AdminNetworkPolicies => this[FakeResourceKind.AdminNetworkPolicies];

    public FakeResource BaselineAdminNetworkPolicies => this[FakeResourceKind.BaselineAdminNetworkPolicies];

    public FakeResource CiliumNetworkPolicies => this[FakeResourceKind.CiliumNetworkPolicies];

    /// <summary>/version's gitVersion; major and minor are read from it ("v1.31.2" gives "1" and "31").</summary>
    public string GitVersion
    {
        get => gitVersion;
        set
        {
            ArgumentException.ThrowIfNullOrEmpty(value);
            gitVersion = value;
        }
    }

    public FakeResource this[FakeResourceKind kind] => resources[(int)kind];
}
