namespace ComplianceAuditor.Kubernetes.Snapshots;

/// <summary>
/// The snapshot file: one JSON document, written compactly in a fixed order,
/// <c>{"apiVersion","kind","source":{...},"items":[minimized objects],"summary":{...},"sha256":"..."}</c>.
/// Its canonical bytes are the document without the final <c>,"sha256":"…"</c> member; the
/// SHA-256 of those bytes is that member's value, so any change to any byte is detected.
/// Items are Kubernetes objects stripped to what the analysis and an auditor need, so the same
/// decoders that read manifests read them.
/// </summary>
public static class SnapshotFormat
{
    public const string ApiVersion = "compliance-auditor.io/v1alpha1";

    public const string Kind = "ClusterSnapshot";

    /// <summary>How every snapshot file starts; a cheap test before reading it as one.</summary>
    public const string Prefix = "{\"apiVersion\":\"" + ApiVersion + "\",\"kind\":\"" + Kind + "\"";

    internal const string HashMember = ",\"sha256\":\"";

    public static bool IsSnapshot(string kind, string apiVersion) => kind == Kind && apiVersion == ApiVersion;
}
