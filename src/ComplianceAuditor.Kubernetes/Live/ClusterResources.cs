using System.Text.Json;
using k8s;

namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>
/// What a snapshot lists, in order. Namespaces, pods and NetworkPolicies are required;
/// AdminNetworkPolicies and BaselineAdminNetworkPolicies are listed where the server serves them
/// (a missing CRD is recorded as absent), so audits can report them as not evaluated.
/// </summary>
internal static class ClusterResources
{
    public static IReadOnlyList<ListedResource> All { get; } =
    [
        new("namespaces", string.Empty, "v1", "Namespace", Optional: false, async (client, limit, token, ct) =>
        {
            var list = await client.CoreV1.ListNamespaceAsync(continueParameter: token, limit: limit, cancellationToken: ct).ConfigureAwait(false);
            return new ListPage([.. list.Items.Select(ObjectMinimizer.Namespace)], list.Metadata?.ContinueProperty, list.Metadata?.ResourceVersion);
        }),
        new("pods", string.Empty, "v1", "Pod", Optional: false, async (client, limit, token, ct) =>
        {
            var list = await client.CoreV1.ListPodForAllNamespacesAsync(continueParameter: token, limit: limit, cancellationToken: ct).ConfigureAwait(false);
            return new ListPage([.. list.Items.Select(ObjectMinimizer.Pod)], list.Metadata?.ContinueProperty, list.Metadata?.ResourceVersion);
        }),
        new("networkpolicies", "networking.k8s.io", "v1", "NetworkPolicy", Optional: false, async (client, limit, token, ct) =>
        {
            var list = await client.NetworkingV1.ListNetworkPolicyForAllNamespacesAsync(continueParameter: token, limit: limit, cancellationToken: ct).ConfigureAwait(false);
            return new ListPage([.. list.Items.Select(ObjectMinimizer.NetworkPolicy)], list.Metadata?.ContinueProperty, list.Metadata?.ResourceVersion);
        }),
        Custom("adminnetworkpolicies", "AdminNetworkPolicy"),
        Custom("baselineadminnetworkpolicies", "BaselineAdminNetworkPolicy"),
    ];

    private static ListedResource Custom(string plural, string kind)
    {
        const string Group = "policy.networking.k8s.io";
        const string Version = "v1alpha1";
        return new ListedResource(plural, Group, Version, kind, Optional: true, async (client, limit, token, ct) =>
        {
            var result = await client.CustomObjects.ListClusterCustomObjectAsync(Group, Version, plural, continueParameter: token, limit: limit, cancellationToken: ct).ConfigureAwait(false);
            var list = result is JsonElement element ? element : JsonSerializer.SerializeToElement(result);
            var items = list.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array
                ? [.. array.EnumerateArray().Select(item => ObjectMinimizer.Custom(item, $"{Group}/{Version}", kind))]
                : Array.Empty<byte[]>();
            var metadata = list.TryGetProperty("metadata", out var m) ? m : default;
            return new ListPage(items, StringProperty(metadata, "continue"), StringProperty(metadata, "resourceVersion"));
        });
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
