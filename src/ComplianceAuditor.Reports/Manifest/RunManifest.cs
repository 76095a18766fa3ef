using System.Collections.Immutable;
using ComplianceAuditor.Reports.Model;

namespace ComplianceAuditor.Reports.Manifest;

/// <summary>
/// manifest.json of a run folder (schema in the README, "Run folders and manifest.json"): the
/// SHA-256 of every other file in the folder and of every input the run read. It cannot hold its
/// own hash; a run prints that, for the auditor to record where the folder cannot change it.
/// </summary>
public sealed record RunManifest
{
    public required string SchemaVersion { get; init; }

    public required ToolInfo Tool { get; init; }

    /// <summary>What made the folder: "audit", or "report" (re-rendered from an earlier results.json).</summary>
    public required string Kind { get; init; }

    /// <summary>When the audit ran (results.json's auditedAt).</summary>
    public required DateTimeOffset AuditedAt { get; init; }

    /// <summary>When this folder was written: the audit time for an audit, later for a report.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Every file in the folder but manifest.json, by relative path ('/'-separated), in ordinal order.</summary>
    public required ImmutableArray<ManifestEntry> Files { get; init; }

    /// <summary>What the run read: input files, catalogs, scope, waivers, an earlier results.json.</summary>
    public required ImmutableArray<ManifestInput> Inputs { get; init; }
}
