namespace ComplianceAuditor.Reports.Connectivity;

/// <summary>The output forms of <c>reach</c>.</summary>
public enum ReachFormat
{
    /// <summary>The canonical contract of shared/reach-format.md.</summary>
    Json,

    /// <summary>One sorted line per connection, for people.</summary>
    Text,

    /// <summary>One JSON object of counts, cheap at any size.</summary>
    Stats,
}
