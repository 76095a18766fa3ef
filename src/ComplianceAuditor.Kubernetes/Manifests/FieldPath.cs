using System.Text;

namespace ComplianceAuditor.Kubernetes.Manifests;

/// <summary>
/// A path to a field such as <c>spec.ingress[0].from[1].ipBlock.cidr</c>, built as a chain so that
/// the text is only rendered when a diagnostic needs it. Map keys that are not plain identifiers
/// render in brackets: <c>metadata.labels[app.kubernetes.io/name]</c>.
/// </summary>
internal sealed class FieldPath
{
    private readonly FieldPath? parent;
    private readonly string? name;
    private readonly int index;

    private FieldPath(FieldPath? parent, string? name, int index)
    {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    public static FieldPath Root { get; } = new(null, null, -1);

    public bool IsRoot => parent is null;

    public FieldPath Field(string field) => new(this, field, -1);

    public FieldPath Index(int position) => new(this, null, position);

    public override string ToString()
    {
        var text = new StringBuilder();
        Render(text);
        return text.ToString();
    }

    /// <summary>Appends one map key to a path under construction, in the same notation.</summary>
    public static void AppendKey(StringBuilder text, string key)
    {
        if (IsIdentifier(key))
        {
            text.Append(text.Length == 0 ? string.Empty : ".").Append(key);
        }
        else
        {
            text.Append('[').Append(key).Append(']');
        }
    }

    public static void AppendIndex(StringBuilder text, int position) => text.Append('[').Append(position).Append(']');

    private void Render(StringBuilder text)
    {
        if (parent is null)
        {
            return;
        }

        parent.Render(text);
        if (name is null)
        {
            AppendIndex(text, index);
        }
        else
        {
            AppendKey(text, name);
        }
    }

    private static bool IsIdentifier(string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
