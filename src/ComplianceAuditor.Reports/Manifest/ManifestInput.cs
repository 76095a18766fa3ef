namespace ComplianceAuditor.Reports.Manifest;

/// <summary>
/// A file a run read, as given to it. <see cref="Role"/> is one of input (audited manifests, dumps
/// and snapshots, from results.json), catalog, scope, waivers, results (the results.json a report
/// was rendered from), inventory (the input a report shows the inventory of) and history (the
/// runs.json a report's score trend was drawn from).
/// </summary>
public sealed record ManifestInput(string Role, string Path, long Bytes, string Sha256);
