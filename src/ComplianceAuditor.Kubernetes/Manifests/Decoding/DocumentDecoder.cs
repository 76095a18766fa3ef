using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Turns the documents of one file into objects: plain objects, <c>kind: List</c> and typed lists
/// (<c>PodList</c>...) whose items may take their kind and apiVersion from the list. Items of a
/// root list arrive while the document is still being parsed; what they decode to is held back
/// until the document ends and turns out to be a list (or is dropped if it does not).
/// </summary>
internal sealed class DocumentDecoder(string file, SnapshotAccumulator accumulator, List<Diagnostic> diagnostics, string? verifiedSnapshotSha256 = null) : IDocumentSink
{
    private static readonly FieldPath KindPath = FieldPath.Root.Field("kind");
    private static readonly FieldPath ApiVersionPath = FieldPath.Root.Field("apiVersion");
    private static readonly FieldPath ItemsPath = FieldPath.Root.Field("items");

    private readonly List<Diagnostic> pendingDiagnostics = [];
    private readonly List<DecodedObject> pendingObjects = [];
    private readonly List<Node> deferredItems = [];
    private readonly HashSet<SequenceNode> expandedLists = new(ReferenceEqualityComparer.Instance);
    private int document;

    public void DocumentStarted(int number)
    {
        document = number;
        ClearPending();
    }

    public void ItemRead(MappingNode root, Node item)
    {
        var (kind, apiVersion) = PeekHeader(root);
        if (kind is not null && apiVersion is not null)
        {
            // Items of a root that is not a list are not objects, nor are those of a snapshot
            // that failed verification.
            var snapshot = Snapshots.SnapshotFormat.IsSnapshot(kind, apiVersion);
            if (KindCatalog.IsListKind(kind) || (snapshot && verifiedSnapshotSha256 is not null))
            {
                DecodeItem(item, kind, apiVersion);
            }
        }
        else if (item is MappingNode mapping && PeekHeader(mapping) is ({ }, { }))
        {
            DecodeObject(mapping, inheritedKind: null, inheritedApiVersion: null);
        }
        else
        {
            // Its kind may come from a typed list whose kind is written after its items.
            deferredItems.Add(item);
        }
    }

    public void DocumentEnded(Node? root)
    {
        if (root is not null)
        {
            DecodeRoot(root);
        }

        diagnostics.AddRange(pendingDiagnostics);
        foreach (var decoded in pendingObjects)
        {
            accumulator.Add(decoded);
        }

        ClearPending();
    }

    public void DocumentAbandoned() => ClearPending();

    private void DecodeRoot(Node root)
    {
        if (root is not MappingNode map)
        {
            Reader(null).Warning(root, $"not a Kubernetes object (expected a mapping, found {root.Description}); ignored");
            return;
        }

        if (PeekHeader(map) is ({ } kind, { } apiVersion) && IsList(map, kind))
        {
            ExpandList(map, kind, apiVersion);
            return;
        }

        ClearPending();
        DecodeObject(map, inheritedKind: null, inheritedApiVersion: null);
    }

    private void DecodeObject(MappingNode map, string? inheritedKind, string? inheritedApiVersion)
    {
        var reader = Reader(null);
        var kind = ReadHeaderField(reader, map, "kind", KindPath, inheritedKind);
        var apiVersion = ReadHeaderField(reader, map, "apiVersion", ApiVersionPath, inheritedApiVersion);
        if (kind is not null && apiVersion is null && KindCatalog.Find(kind) is { } readKind)
        {
            // The API server rejects it; ignoring it could drop a deny policy without a word.
            Reader(LooseRef(map, kind)).Error(map, ApiVersionPath, $"apiVersion is missing; {kind} is read as {readKind.ApiVersion}");
            return;
        }

        if (kind is null || apiVersion is null)
        {
            if (reader.ErrorCount == 0)
            {
                var missing = kind is null && apiVersion is null ? "no kind and no apiVersion" : kind is null ? "no kind" : "no apiVersion";
                reader.Warning(map, $"not a Kubernetes object ({missing}); ignored");
            }

            return;
        }

        if (IsList(map, kind))
        {
            ExpandList(map, kind, apiVersion);
            return;
        }

        DecodeKind(map, kind, apiVersion);
    }

    private void DecodeKind(MappingNode map, string kind, string apiVersion)
    {
        if (KindCatalog.IsUnevaluatedPolicy(kind, apiVersion))
        {
            var reader = Reader(LooseRef(map, kind));
            reader.Warning(map, $"{reader.ObjectRef} ({apiVersion}) is not evaluated: reachability covers Kubernetes NetworkPolicy only");
            pendingObjects.Add(Unevaluated(map, kind, apiVersion, reader));
            return;
        }

        if (KindCatalog.Find(kind) is not { } readKind)
        {
            return;
        }

        if (apiVersion != readKind.ApiVersion)
        {
            if (KindCatalog.IsKubernetesGroup(KindCatalog.GroupOf(apiVersion)))
            {
                var node = FieldReader.Get(map, "apiVersion") ?? map;
                Reader(LooseRef(map, kind)).Error(node, ApiVersionPath, $"{kind} is read only as {readKind.ApiVersion}; found {apiVersion}");
            }

            return;
        }

        if (ObjectDecoder.Decode(Reader(null), map, readKind) is { } decoded)
        {
            pendingObjects.Add(decoded);
        }
    }

    private void ExpandList(MappingNode map, string kind, string apiVersion)
    {
        if (Snapshots.SnapshotFormat.IsSnapshot(kind, apiVersion))
        {
            ReadSnapshotHeader(map);
        }

        var items = FieldReader.Get(map, "items");
        if (items is null)
        {
            return;
        }

        var reader = Reader(null);
        if (items is not SequenceNode sequence)
        {
            reader.Error(items, ItemsPath, $"expected a sequence of objects, found {items.Description}");
            return;
        }

        if (!expandedLists.Add(sequence))
        {
            // Without this, lists of aliases of lists could multiply the work exponentially.
            reader.Error(sequence, ItemsPath, "these items are included again through an alias; they are read once");
            return;
        }

        var elements = sequence.IsStreamed ? deferredItems.ToList() : sequence.Items;
        deferredItems.Clear();
        foreach (var item in elements)
        {
            DecodeItem(item, kind, apiVersion);
        }
    }

    private void ReadSnapshotHeader(MappingNode map)
    {
        var reader = Reader("ClusterSnapshot");
        if (verifiedSnapshotSha256 is null)
        {
            reader.Error(map, FieldPath.Root, "this snapshot cannot be verified: it is not in the exact form the snapshot command writes (was it reformatted or edited?); its objects are not read");
            deferredItems.Clear();
            return;
        }

        var (source, missing) = SnapshotHeaderDecoder.Read(reader, map, file, verifiedSnapshotSha256);
        if (source is not null)
        {
            accumulator.AddSnapshotFile(source, missing);
        }
    }

    private void DecodeItem(Node item, string listKind, string listApiVersion)
    {
        if (item is not MappingNode map)
        {
            Reader(null).Warning(item, $"list item is not a Kubernetes object (expected a mapping, found {item.Description}); ignored");
            return;
        }

        // Items of a typed list (raw API output) may omit kind and apiVersion; items of a List
        // (or of a snapshot) may not.
        var elementKind = listKind == Snapshots.SnapshotFormat.Kind ? null : KindCatalog.ElementKind(listKind);
        DecodeObject(map, elementKind, elementKind is null ? null : listApiVersion);
    }

    /// <summary>Kept so that audits can report it as a coverage gap: it changes reachability unseen.</summary>
    private static DecodedObject Unevaluated(MappingNode map, string kind, string apiVersion, FieldReader reader)
    {
        var metadata = map.Get("metadata") as MappingNode;
        var meta = new Engine.Model.ObjectMeta
        {
            Name = PeekString(metadata, "name") ?? string.Empty,
            Namespace = PeekString(metadata, "namespace") ?? string.Empty,
            Source = reader.Locate(map),
        };
        return new DecodedObject(kind, meta, new Engine.Model.UnevaluatedObject(apiVersion, kind, meta.Namespace, meta.Name) { SpecSha256 = SpecHash.Of(map) }, reader.ObjectRef!);
    }

    private static bool IsList(MappingNode map, string kind) =>
        kind is "List" or Snapshots.SnapshotFormat.Kind || (KindCatalog.IsListKind(kind) && FieldReader.Get(map, "items") is null or SequenceNode);

    private static string? ReadHeaderField(FieldReader reader, MappingNode map, string field, FieldPath path, string? inherited)
    {
        if (FieldReader.Get(map, field) is not { } node || node is ScalarNode { Type: ScalarType.String, Text.Length: 0 })
        {
            return inherited;
        }

        return reader.AsString(node, path);
    }

    private static (string? Kind, string? ApiVersion) PeekHeader(MappingNode map) => (PeekString(map, "kind"), PeekString(map, "apiVersion"));

    private static string? PeekString(MappingNode? map, string field) =>
        map?.Get(field) is ScalarNode { Type: ScalarType.String, Text.Length: > 0 } scalar ? scalar.Text : null;

    private static string LooseRef(MappingNode map, string kind)
    {
        var metadata = map.Get("metadata") as MappingNode;
        return ObjectRefs.Format(kind, PeekString(metadata, "namespace"), PeekString(metadata, "name"));
    }

    private FieldReader Reader(string? objectRef) => new(file, document, pendingDiagnostics) { ObjectRef = objectRef };

    private void ClearPending()
    {
        pendingDiagnostics.Clear();
        pendingObjects.Clear();
        deferredItems.Clear();
        expandedLists.Clear();
    }
}
