namespace ComplianceAuditor.TestSupport.RandomClusters;

/// <summary>
/// Deliberately tiny vocabularies, so random selectors, named ports and addresses collide with
/// the objects they select often enough to matter.
/// </summary>
internal static class Vocabulary
{
    public const string NameLabel = "kubernetes.io/metadata.name";

    public static IReadOnlyList<string> NamespaceNames { get; } = ["alpha", "beta", "gamma", "delta"];

    /// <summary>Pod (and template) label keys and their values; "zone" is never set on anything.</summary>
    public static IReadOnlyList<(string Key, string[] Values)> PodLabels { get; } =
    [
        ("app", ["web", "db", "api"]),
        ("tier", ["front", "back"]),
        ("env", ["prod", "dev"]),
    ];

    public static IReadOnlyList<(string Key, string[] Values)> PodSelectorKeys { get; } = [.. PodLabels, ("zone", ["z1"])];

    public static IReadOnlyList<(string Key, string[] Values)> NamespaceLabels { get; } =
    [
        ("env", ["prod", "dev"]),
        ("team", ["red", "blue"]),
    ];

    public static IReadOnlyList<(string Key, string[] Values)> NamespaceSelectorKeys { get; } =
        [.. NamespaceLabels, (NameLabel, [.. NamespaceNames]), ("zone", ["z1"])];

    /// <summary>Container port names; policies also name "ghost", which no container has.</summary>
    public static IReadOnlyList<string> PortNames { get; } = ["http", "dns", "metrics"];

    public static IReadOnlyList<string> PolicyPortNames { get; } = [.. PortNames, "ghost"];

    public static IReadOnlyList<string> WorkloadNames { get; } = ["app-0", "app-1", "app-2"];
}
