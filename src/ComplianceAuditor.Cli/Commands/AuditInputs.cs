namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// The files an audit reads before the cluster: `audit`'s options, or a `serve` target's fields.
/// </summary>
/// <param name="Controls">Catalog files or folders; empty for the bundled catalogs.</param>
/// <param name="Demo">The bundled demo cluster, whose waivers apply unless <paramref name="Waivers"/> names others.</param>
internal sealed record AuditInputs(string? Scope, IReadOnlyList<string> Controls, string? Waivers, bool Demo, string? Baseline)
{
    public static AuditInputs Of(AuditRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Scope, request.Controls, request.Waivers, request.Demo, request.Baseline);
    }

    /// <summary>The waiver file the audit reads, if any.</summary>
    public string? WaiverFile => Waivers ?? (Demo && File.Exists(Bundled.DemoWaivers) ? Bundled.DemoWaivers : null);
}
