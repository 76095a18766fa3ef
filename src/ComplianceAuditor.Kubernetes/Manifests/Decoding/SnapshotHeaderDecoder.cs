using System.Globalization;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Reads a snapshot file's <c>source</c> and <c>summary</c>: where and when it was taken, and what
/// it could not see. Its items are read like any list's.
/// </summary>
internal static class SnapshotHeaderDecoder
{
    private static readonly FieldPath SourcePath = FieldPath.Root.Field("source");
    private static readonly FieldPath SummaryPath = FieldPath.Root.Field("summary");

    public static (SnapshotSource? Source, List<CoverageGap> Missing) Read(FieldReader reader, MappingNode root, string file, string? sha256)
    {
        var missing = ReadMissing(reader, reader.Mapping(root, "summary", FieldPath.Root));
        var source = reader.Mapping(root, "source", FieldPath.Root);
        var apiServer = reader.String(source, "apiServer", SourcePath);
        var takenAt = reader.String(source, "takenAt", SourcePath);
        if (sha256 is null || apiServer is null || takenAt is null
            || !DateTimeOffset.TryParse(takenAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            reader.Error(source ?? root, SourcePath, "a snapshot needs source.apiServer and source.takenAt (RFC 3339)");
            return (null, missing);
        }

        return (new SnapshotSource
        {
            ApiServer = apiServer,
            Context = reader.String(source, "context", SourcePath),
            KubernetesVersion = reader.String(source, "kubernetesVersion", SourcePath),
            TakenAt = time,
            ToolVersion = reader.String(source, "toolVersion", SourcePath),
            Sha256 = sha256,
            File = file,
        }, missing);
    }

    private static List<CoverageGap> ReadMissing(FieldReader reader, MappingNode? summary)
    {
        var gaps = new List<CoverageGap>();
        var list = reader.List(summary, "missing", SummaryPath, (r, item, path) =>
        {
            var entry = r.ItemMapping(item, path);
            var resource = r.String(entry, "resource", path);
            var reason = r.String(entry, "reason", path);
            return resource is null || reason is null ? null : new CoverageGap(resource, reason);
        });
        gaps.AddRange((list ?? []).OfType<CoverageGap>());
        return gaps;
    }
}
