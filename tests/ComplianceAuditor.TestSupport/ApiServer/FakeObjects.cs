using System.Text.Json.Nodes;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// Items as a real API server lists them, with the noise a snapshot must drop (managedFields, the
/// last-applied annotation, env values, commands, volumes, status) so minimisation can be tested.
/// Built-in kinds leave apiVersion and kind out of list items; custom resources keep them, as real lists do.
/// </summary>
public static class FakeObjects
{
    /// <summary>An env value that must never reach a snapshot or report.</summary>
    public const string SecretEnvValue = "s3cr3t-p@ssw0rd";

    public static JsonObject Namespace(string name, IReadOnlyDictionary<string, string>? labels = null)
    {
        var allLabels = new Dictionary<string, string>(labels ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["kubernetes.io/metadata.name"] = name,
        };
        return new JsonObject
        {
            ["metadata"] = FakeMetadata.Build("v1", "Namespace", null, name, allLabels, null),
            ["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") },
            ["status"] = new JsonObject { ["phase"] = "Active" },
        };
    }

    /// <summary>A running pod with one container exposing a named port "http" (8080/TCP).</summary>
    public static JsonObject Pod(string @namespace, string name, string podIp, IReadOnlyDictionary<string, string>? labels = null)
    {
        var container = new JsonObject
        {
            ["name"] = "app",
            ["image"] = "registry.example.com/shop/app:1.4.2",
            ["command"] = new JsonArray("/bin/app"),
            ["args"] = new JsonArray("--listen=:8080", "--db-password=" + SecretEnvValue),
            ["ports"] = new JsonArray(new JsonObject { ["name"] = "http", ["containerPort"] = 8080, ["protocol"] = "TCP" }),
            ["env"] = new JsonArray(
                new JsonObject { ["name"] = "DB_PASSWORD", ["value"] = SecretEnvValue },
                new JsonObject
                {
                    ["name"] = "API_KEY",
                    ["valueFrom"] = new JsonObject { ["secretKeyRef"] = new JsonObject { ["name"] = "api", ["key"] = "key" } },
                }),
            ["resources"] = new JsonObject { ["limits"] = new JsonObject { ["memory"] = "256Mi" }, ["requests"] = new JsonObject { ["cpu"] = "100m" } },
            ["volumeMounts"] = new JsonArray(
                new JsonObject { ["name"] = "config", ["mountPath"] = "/etc/app" },
                new JsonObject { ["name"] = "kube-api-access-7x2kq", ["readOnly"] = true, ["mountPath"] = "/var/run/secrets/kubernetes.io/serviceaccount" }),
            ["terminationMessagePath"] = "/dev/termination-log",
            ["terminationMessagePolicy"] = "File",
            ["imagePullPolicy"] = "IfNotPresent",
        };
        var applied = new JsonObject { ["containers"] = new JsonArray(container.DeepClone()) };
        return new JsonObject
        {
            ["metadata"] = FakeMetadata.Build("v1", "Pod", @namespace, name, labels, applied),
            ["spec"] = new JsonObject
            {
                ["volumes"] = new JsonArray(
                    new JsonObject { ["name"] = "config", ["configMap"] = new JsonObject { ["name"] = "app-config", ["defaultMode"] = 420 } },
                    new JsonObject
                    {
                        ["name"] = "kube-api-access-7x2kq",
                        ["projected"] = new JsonObject
                        {
                            ["sources"] = new JsonArray(new JsonObject { ["serviceAccountToken"] = new JsonObject { ["expirationSeconds"] = 3607, ["path"] = "token" } }),
                            ["defaultMode"] = 420,
                        },
                    }),
                ["containers"] = new JsonArray(container),
                ["restartPolicy"] = "Always",
                ["terminationGracePeriodSeconds"] = 30,
                ["dnsPolicy"] = "ClusterFirst",
                ["serviceAccountName"] = "default",
                ["serviceAccount"] = "default",
                ["nodeName"] = "worker-1",
                ["securityContext"] = new JsonObject(),
                ["schedulerName"] = "default-scheduler",
            },
            ["status"] = new JsonObject
            {
                ["phase"] = "Running",
                ["conditions"] = new JsonArray(new JsonObject { ["type"] = "Ready", ["status"] = "True", ["lastTransitionTime"] = FakeMetadata.CreationTimestamp }),
                ["hostIP"] = "10.0.0.11",
                ["hostIPs"] = new JsonArray(new JsonObject { ["ip"] = "10.0.0.11" }),
                ["podIP"] = podIp,
                ["podIPs"] = new JsonArray(new JsonObject { ["ip"] = podIp }),
                ["startTime"] = FakeMetadata.CreationTimestamp,
                ["qosClass"] = "Burstable",
            },
        };
    }

    public static JsonObject NetworkPolicy(string @namespace, string name, JsonObject spec) => new()
    {
        ["metadata"] = FakeMetadata.Build("networking.k8s.io/v1", "NetworkPolicy", @namespace, name, null, spec),
        ["spec"] = spec.DeepClone(),
    };

    public static JsonObject AdminNetworkPolicy(string name, JsonObject spec) =>
        CustomResource("AdminNetworkPolicy", name, spec);

    /// <summary>The API allows one BaselineAdminNetworkPolicy, named "default".</summary>
    public static JsonObject BaselineAdminNetworkPolicy(JsonObject spec) =>
        CustomResource("BaselineAdminNetworkPolicy", "default", spec);

    public static JsonObject CiliumNetworkPolicy(string @namespace, string name, JsonObject spec) =>
        CustomResource("CiliumNetworkPolicy", name, spec, "cilium.io/v2", @namespace);

    private static JsonObject CustomResource(string kind, string name, JsonObject spec, string apiVersion = "policy.networking.k8s.io/v1alpha1", string? @namespace = null) => new()
    {
        ["apiVersion"] = apiVersion,
        ["kind"] = kind,
        ["metadata"] = FakeMetadata.Build(apiVersion, kind, @namespace, name, null, spec),
        ["spec"] = spec.DeepClone(),
        ["status"] = new JsonObject { ["conditions"] = new JsonArray() },
    };
}
