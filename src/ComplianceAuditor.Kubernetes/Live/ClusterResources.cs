using System.Text.Json;
using k8s;

namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>
/// What a snapshot lists, in order. Namespaces, pods and NetworkPolicies are required;
/// AdminNetworkPolicies, BaselineAdminNetworkPolicies and the Cilium and Calico policy kinds are
/// listed where the server serves them (a missing CRD is recorded as absent), so audits can report
/// them as not evaluated.
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
        Custom(AdminPolicyGroup, "v1alpha1", "adminnetworkpolicies", "AdminNetworkPolicy"),
        Custom(AdminPolicyGroup, "v1alpha1", "baselineadminnetworkpolicies", "BaselineAdminNetworkPolicy"),

        // CNI policy objects decide traffic beside NetworkPolicy: they are read only to be reported
        // as not evaluated, never silently passed over.
        Custom("cilium.io", "v2", "ciliumnetworkpolicies", "CiliumNetworkPolicy"),
        Custom("cilium.io", "v2", "ciliumclusterwidenetworkpolicies", "CiliumClusterwideNetworkPolicy"),
        Custom("crd.projectcalico.org", "v1", "networkpolicies", "NetworkPolicy"),
        Custom("crd.projectcalico.org", "v1", "globalnetworkpolicies", "GlobalNetworkPolicy"),
    ];

    private const string AdminPolicyGroup = "policy.networking.k8s.io";

    private static ListedResource Custom(string group, string version, string plural, string kind)
    {
        return new ListedResource(plural, group, version, kind, Optional: true, async (client, limit, token, ct) =>
        {
            var result = await client.CustomObjects.ListClusterCustomObjectAsync(group, version, plural, continueParameter: token, limit: limit, cancellationToken: ct).ConfigureAwait(false);
            var list = result is JsonElement element ? element : JsonSerializer.SerializeToElement(result);
            var items = list.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array
                ? [.. array.EnumerateArray().Select(item => ObjectMinimizer.Custom(item, $"{group}/{version}", kind))]
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
