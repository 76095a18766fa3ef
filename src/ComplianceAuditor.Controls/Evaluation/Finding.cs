namespace ComplianceAuditor.Controls.Evaluation;

/// <summary>
/// One result of one check about one subject: a namespace, a policy or an object. Namespace
/// findings feed the per-namespace scores.
/// </summary>
public sealed record Finding
{
    public required FindingStatus Status { get; init; }

    /// <summary>What the finding is about, e.g. "namespace payments" or "policy shop/allow-web".</summary>
    public required string Subject { get; init; }

    /// <summary>The namespace the finding is about, when it is about one.</summary>
    public string? Namespace { get; init; }

    /// <summary>For policy findings, the policy's namespace/name.</summary>
    public string? Policy { get; init; }

    public required string Message { get; init; }

    public Evidence Evidence { get; init; } = Evidence.None;

    /// <summary>The waiver that covers this finding, when <see cref="Status"/> is waived.</summary>
    public string? WaivedBy { get; init; }

    public static Finding NotApplicable(string reason) => new() { Status = FindingStatus.NotApplicable, Subject = "scope", Message = reason };
}
