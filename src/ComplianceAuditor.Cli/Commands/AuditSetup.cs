using ComplianceAuditor.Controls.Catalogs;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Controls.Waivers;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Reports.Manifest;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Cli.Commands;

/// <summary>
/// The scope, catalogs, waivers and baseline of an audit, read before the cluster is: a typo there
/// should not cost a cluster read, nor leave a run folder behind.
/// </summary>
/// <remarks><see cref="Read"/> holds the size and SHA-256 of each catalog, scope and waiver file, for the
/// run's manifest. They are hashed just after they were loaded: a file changed in between would
/// need to change within those milliseconds.</remarks>
internal sealed record AuditSetup(ScopeDefinition Scope, IReadOnlyList<ControlCatalog> Catalogs, IReadOnlyList<Waiver> Waivers, IReadOnlySet<string>? FailedInBaseline, IReadOnlyList<ManifestInput> Read)
{
    public static AuditSetup? Load(AuditRequest request, DateTimeOffset now, CliConsole console) =>
        Load(AuditInputs.Of(request), now, console, "audit");

    /// <summary>Reads the inputs, reporting problems on the console as <paramref name="command"/>; null when the audit cannot go on.</summary>
    public static AuditSetup? Load(AuditInputs inputs, DateTimeOffset now, CliConsole console, string command)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var diagnostics = new DiagnosticBag();
        var read = ReadInputs(inputs, now, diagnostics);
        foreach (var diagnostic in diagnostics.Items)
        {
            console.Error.WriteLine(Printable.Escape(diagnostic.ToString()));
        }

        if (read is not var (scope, catalogs, waivers))
        {
            console.Error.WriteLine($"{command}: the scope, catalogs or waivers have errors; nothing was audited");
            return null;
        }

        if (catalogs.Count == 0)
        {
            console.Error.WriteLine($"{command}: no control catalog was found (--controls)");
            return null;
        }

        IReadOnlySet<string>? failedInBaseline = null;
        if (inputs.Baseline is { } baseline && (failedInBaseline = Baseline.Read(baseline, console)) is null)
        {
            return null;
        }

        List<ManifestInput> hashes =
        [
            .. catalogs.Select(c => Hash("catalog", c.File)),
            .. inputs.Scope is null ? [] : new[] { Hash("scope", inputs.Scope) },
            .. inputs.WaiverFile is not { } waiverFile ? [] : new[] { Hash("waivers", waiverFile) },
        ];
        return new AuditSetup(scope, catalogs, waivers, failedInBaseline, hashes);
    }

    /// <summary>
    /// The scope, catalogs and waivers, every problem in <paramref name="diagnostics"/> (unknown controls
    /// named by waivers as warnings); null when there is an error. `serve --validate` checks a target with this.
    /// </summary>
    public static (ScopeDefinition Scope, IReadOnlyList<ControlCatalog> Catalogs, IReadOnlyList<Waiver> Waivers)? ReadInputs(AuditInputs inputs, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Items.Count(d => d.IsError);
        var scope = inputs.Scope is null ? ScopeDefinition.Default : ScopeLoader.Load(inputs.Scope, diagnostics);
        var catalogs = scope is null ? [] : CatalogLoader.Load(inputs.Controls.Count > 0 ? [.. inputs.Controls] : [Bundled.Controls], scope, diagnostics);
        var waivers = inputs.WaiverFile is not { } waiverFile ? [] : WaiverLoader.Load(waiverFile, now, diagnostics);
        WarnAboutUnknownControls(waivers, catalogs, diagnostics);
        return scope is null || diagnostics.Items.Count(d => d.IsError) > errors ? null : (scope, catalogs, waivers);
    }

    public static ManifestInput Hash(string role, string path)
    {
        var (bytes, sha256) = FileHash.Of(path);
        return new ManifestInput(role, path, bytes, sha256);
    }

    private static void WarnAboutUnknownControls(IReadOnlyList<Waiver> waivers, IReadOnlyList<ControlCatalog> catalogs, DiagnosticBag diagnostics)
    {
        var known = catalogs.SelectMany(c => c.Controls.Select(control => $"{c.Framework.Id}/{control.Id}")).ToHashSet(StringComparer.Ordinal);
        foreach (var waiver in waivers.Where(w => !known.Contains(w.Control)))
        {
            diagnostics.Warning($"waiver {waiver.Id} names control {waiver.Control}, which no catalog of this audit has; it will be reported as unused", waiver.Location);
        }
    }
}
