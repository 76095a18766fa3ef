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
    public static AuditSetup? Load(AuditRequest request, DateTimeOffset now, CliConsole console)
    {
        var diagnostics = new DiagnosticBag();
        var scope = request.Scope is null ? ScopeDefinition.Default : ScopeLoader.Load(request.Scope, diagnostics);
        var catalogs = scope is null ? [] : CatalogLoader.Load(request.Controls.Length > 0 ? request.Controls : [Bundled.Controls], scope, diagnostics);
        var waiverFile = request.Waivers ?? (request.Demo && File.Exists(Bundled.DemoWaivers) ? Bundled.DemoWaivers : null);
        var waivers = waiverFile is null ? [] : WaiverLoader.Load(waiverFile, now, diagnostics);
        WarnAboutUnknownControls(waivers, catalogs, diagnostics);
        foreach (var diagnostic in diagnostics.Items)
        {
            console.Error.WriteLine(Printable.Escape(diagnostic.ToString()));
        }

        if (diagnostics.HasErrors || scope is null)
        {
            console.Error.WriteLine("audit: the scope, catalogs or waivers have errors; nothing was audited");
            return null;
        }

        if (catalogs.Count == 0)
        {
            console.Error.WriteLine("audit: no control catalog was found (--controls)");
            return null;
        }

        IReadOnlySet<string>? failedInBaseline = null;
        if (request.Baseline is { } baseline && (failedInBaseline = Baseline.Read(baseline, console)) is null)
        {
            return null;
        }

        List<ManifestInput> read =
        [
            .. catalogs.Select(c => Hash("catalog", c.File)),
            .. request.Scope is null ? [] : new[] { Hash("scope", request.Scope) },
            .. waiverFile is null ? [] : new[] { Hash("waivers", waiverFile) },
        ];
        return new AuditSetup(scope, catalogs, waivers, failedInBaseline, read);
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
