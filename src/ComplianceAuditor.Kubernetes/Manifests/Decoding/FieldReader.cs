using System.Collections.Immutable;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Reads typed fields of one object and records every problem as a diagnostic naming the object,
/// the field path and the position. A field set to null reads as missing, as in the API server's
/// JSON decoding. Methods accept a null mapping (an absent parent) and then read nothing.
/// </summary>
internal sealed class FieldReader(string file, int document, List<Diagnostic> diagnostics)
{
    public string? ObjectRef { get; set; }

    public int ErrorCount { get; private set; }

    public SourceLocation Locate(Node node) => new(file, document, node.Line, node.Column);

    public void Error(Node node, FieldPath path, string message)
    {
        ErrorCount++;
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, message, Locate(node), ObjectRef, path.IsRoot ? null : path.ToString()));
    }

    public void Warning(Node node, string message) =>
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, message, Locate(node), ObjectRef));

    public static Node? Get(MappingNode? map, string key) => map?.Get(key) is { IsNull: false } node ? node : null;

    public MappingNode? Mapping(MappingNode? map, string key, FieldPath parent) =>
        Get(map, key) is { } node ? AsMapping(node, parent.Field(key)) : null;

    public SequenceNode? Sequence(MappingNode? map, string key, FieldPath parent)
    {
        if (Get(map, key) is not { } node)
        {
            return null;
        }

        if (node is SequenceNode sequence)
        {
            return sequence;
        }

        Error(node, parent.Field(key), $"expected a sequence, found {node.Description}");
        return null;
    }

    public string? String(MappingNode? map, string key, FieldPath parent) =>
        Get(map, key) is { } node ? AsString(node, parent.Field(key)) : null;

    public long? Integer(MappingNode? map, string key, FieldPath parent)
    {
        if (Get(map, key) is not { } node)
        {
            return null;
        }

        if (node is ScalarNode scalar && scalar.TryGetInt64(out var value))
        {
            return value;
        }

        var found = node is ScalarNode { Type: ScalarType.Int } ? $"{node.Description}, which is out of range" : node.Description;
        Error(node, parent.Field(key), $"expected an integer, found {found}");
        return null;
    }

    public bool Boolean(MappingNode? map, string key, FieldPath parent)
    {
        if (Get(map, key) is not { } node)
        {
            return false;
        }

        if (node is ScalarNode { Type: ScalarType.Bool } scalar)
        {
            return scalar.BoolValue;
        }

        Error(node, parent.Field(key), $"expected a boolean (true or false), found {node.Description}");
        return false;
    }

    /// <summary>A present, non-null node as a string; a number or boolean is an error, as the API server rejects it.</summary>
    public string? AsString(Node node, FieldPath path)
    {
        if (node is ScalarNode { Type: ScalarType.String } scalar)
        {
            return scalar.Text;
        }

        var hint = node is ScalarNode ? "; quote it" : string.Empty;
        Error(node, path, $"expected a string, found {node.Description}{hint}");
        return null;
    }

    public MappingNode? AsMapping(Node node, FieldPath path)
    {
        if (node is MappingNode mapping)
        {
            return mapping;
        }

        Error(node, path, $"expected a mapping, found {node.Description}");
        return null;
    }

    /// <summary>A list element that should be a mapping; null decodes as an empty one, as Go's decoder does.</summary>
    public MappingNode? ItemMapping(Node item, FieldPath path) =>
        item.IsNull ? new MappingNode(item.Line, item.Column) : AsMapping(item, path);

    /// <summary>A list element that should be a string; null decodes as the empty string, as Go's decoder does.</summary>
    public string? ItemString(Node item, FieldPath path) => item.IsNull ? string.Empty : AsString(item, path);

    /// <summary>Reads a list field element by element; null when the field is missing.</summary>
    public ImmutableArray<T>? List<T>(MappingNode? map, string key, FieldPath parent, Func<FieldReader, Node, FieldPath, T> read)
    {
        if (Sequence(map, key, parent) is not { } sequence)
        {
            return null;
        }

        var path = parent.Field(key);
        var items = ImmutableArray.CreateBuilder<T>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            items.Add(read(this, sequence.Items[i], path.Index(i)));
        }

        return items.MoveToImmutable();
    }

    /// <summary>Where a typo silently changes what a field means, an unknown field is an error.</summary>
    public void RejectUnknownFields(MappingNode map, FieldPath path, IReadOnlyList<string> known)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Text, StringComparer.Ordinal))
            {
                Error(key, path.Field(key.Text), $"unknown field '{key.Text}'; expected {Alternatives(known)}");
            }
        }
    }

    public static string Alternatives(IReadOnlyList<string> choices) =>
        choices.Count == 1 ? choices[0] : $"{string.Join(", ", choices.Take(choices.Count - 1))} or {choices[^1]}";
}
