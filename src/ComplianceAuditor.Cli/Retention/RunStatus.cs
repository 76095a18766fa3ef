namespace ComplianceAuditor.Cli.Retention;

/// <summary>The states of a run in runs.json.</summary>
internal static class RunStatus
{
    /// <summary>The folder is there with its manifest.</summary>
    public const string Kept = "kept";

    /// <summary>Retention deleted the folder after verify found it intact; the record stays for trends.</summary>
    public const string Pruned = "pruned";

    /// <summary>Verify found the folder changed; retention never deletes it.</summary>
    public const string Tampered = "tampered";

    /// <summary>No readable manifest.json: an unfinished or failed run, left in place.</summary>
    public const string Incomplete = "incomplete";

    /// <summary>The folder went away, not by retention.</summary>
    public const string Missing = "missing";
}
