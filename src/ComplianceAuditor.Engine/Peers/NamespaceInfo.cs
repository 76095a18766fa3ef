using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.Engine.Peers;

/// <summary>
/// A namespace as selectors see it: its labels with <c>kubernetes.io/metadata.name</c> forced to
/// its name. <see cref="Implicit"/> when no Namespace object was in the input.
/// </summary>
public sealed record NamespaceInfo(string Name, LabelSet Labels, bool Implicit)
{
    public const string NameLabel = "kubernetes.io/metadata.name";

    public static NamespaceInfo Create(string name, LabelSet labels, bool isImplicit) =>
        new(name, labels.With(NameLabel, name), isImplicit);
}
