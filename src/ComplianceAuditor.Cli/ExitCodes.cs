namespace ComplianceAuditor.Cli;

/// <summary>The process exit codes every command shares (see the README).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (for an audit: at or above the threshold).</summary>
    public const int Success = 0;

    /// <summary>An audit ran but scored below its threshold or found new critical gaps.</summary>
    public const int BelowThreshold = 1;

    /// <summary>`verify`: a run folder differs from its manifest.</summary>
    public const int NotIntact = 1;

    /// <summary>`diff`: run B has failing findings of critical or high severity that run A did not.</summary>
    public const int NewCriticalFindings = 1;

    /// <summary>The command could not complete: bad input, an unreadable file, an API failure.</summary>
    public const int Failed = 2;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 3;
}
