using System.Globalization;
using System.Text;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

/// <summary>
/// Writes a <c>kubectl get pods -A -o json</c>-shaped dump with realistic pods (managed fields,
/// annotations, probes, volumes, status conditions): about 5 KB of JSON per pod.
/// </summary>
internal static class PodDumpGenerator
{
    private const string PodTemplate = """
            {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": {
                    "annotations": {
                        "kubectl.kubernetes.io/restartedAt": "2024-05-02T10:11:12Z",
                        "prometheus.io/port": "9113",
                        "prometheus.io/scrape": "true"
                    },
                    "creationTimestamp": "2024-05-02T10:11:20Z",
                    "generateName": "web-@D-",
                    "labels": {
                        "app.kubernetes.io/name": "web-@D",
                        "app.kubernetes.io/part-of": "shop",
                        "pod-template-hash": "6c9f8d7b5",
                        "tier": "front"
                    },
                    "managedFields": [
                        {
                            "apiVersion": "v1",
                            "fieldsType": "FieldsV1",
                            "fieldsV1": {
                                "f:metadata": {"f:generateName": {}, "f:labels": {".": {}, "f:app.kubernetes.io/name": {}, "f:pod-template-hash": {}}, "f:ownerReferences": {".": {}, "k:{\"uid\":\"0b6f1c4e-54a5-4d5e-9a55-2f1f5d0f6a11\"}": {}}},
                                "f:spec": {"f:containers": {"k:{\"name\":\"nginx\"}": {".": {}, "f:image": {}, "f:imagePullPolicy": {}, "f:name": {}, "f:ports": {".": {}, "k:{\"containerPort\":8080,\"protocol\":\"TCP\"}": {".": {}, "f:containerPort": {}, "f:name": {}, "f:protocol": {}}}, "f:resources": {".": {}, "f:limits": {".": {}, "f:cpu": {}, "f:memory": {}}}}}, "f:dnsPolicy": {}, "f:restartPolicy": {}}
                            },
                            "manager": "kube-controller-manager",
                            "operation": "Update",
                            "time": "2024-05-02T10:11:20Z"
                        },
                        {
                            "apiVersion": "v1",
                            "fieldsType": "FieldsV1",
                            "fieldsV1": {"f:status": {"f:conditions": {"k:{\"type\":\"Ready\"}": {".": {}, "f:lastProbeTime": {}, "f:status": {}, "f:type": {}}}, "f:podIP": {}, "f:podIPs": {".": {}, "k:{\"ip\":\"@IP\"}": {".": {}, "f:ip": {}}}}},
                            "manager": "kubelet",
                            "operation": "Update",
                            "subresource": "status",
                            "time": "2024-05-02T10:11:25Z"
                        }
                    ],
                    "name": "web-@D-@N",
                    "namespace": "ns-@S",
                    "ownerReferences": [
                        {"apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true, "kind": "ReplicaSet", "name": "web-@D-6c9f8d7b5", "uid": "0b6f1c4e-54a5-4d5e-9a55-2f1f5d0f6a11"}
                    ],
                    "resourceVersion": "48213",
                    "uid": "7d3e2a10-8a1b-4c55-b8f0-@N"
                },
                "spec": {
                    "containers": [
                        {
                            "image": "nginx:1.27",
                            "imagePullPolicy": "IfNotPresent",
                            "livenessProbe": {"httpGet": {"path": "/healthz", "port": "http", "scheme": "HTTP"}, "periodSeconds": 10},
                            "name": "nginx",
                            "ports": [{"containerPort": 8080, "name": "http", "protocol": "TCP"}, {"containerPort": 9113, "name": "metrics", "protocol": "TCP"}],
                            "resources": {"limits": {"cpu": "500m", "memory": "128Mi"}, "requests": {"cpu": "100m", "memory": "64Mi"}},
                            "terminationMessagePath": "/dev/termination-log",
                            "terminationMessagePolicy": "File",
                            "volumeMounts": [{"mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "name": "kube-api-access-8m2qz", "readOnly": true}]
                        }
                    ],
                    "dnsPolicy": "ClusterFirst",
                    "nodeName": "worker-@S",
                    "restartPolicy": "Always",
                    "schedulerName": "default-scheduler",
                    "serviceAccountName": "default",
                    "tolerations": [{"effect": "NoExecute", "key": "node.kubernetes.io/not-ready", "operator": "Exists", "tolerationSeconds": 300}],
                    "volumes": [{"name": "kube-api-access-8m2qz", "projected": {"defaultMode": 420, "sources": [{"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}}, {"configMap": {"items": [{"key": "ca.crt", "path": "ca.crt"}], "name": "kube-root-ca.crt"}}]}}]
                },
                "status": {
                    "conditions": [
                        {"lastProbeTime": null, "lastTransitionTime": "2024-05-02T10:11:20Z", "status": "True", "type": "PodScheduled"},
                        {"lastProbeTime": null, "lastTransitionTime": "2024-05-02T10:11:25Z", "status": "True", "type": "Ready"}
                    ],
                    "containerStatuses": [
                        {"containerID": "containerd://4f1d2c3b4a5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8", "image": "docker.io/library/nginx:1.27", "imageID": "docker.io/library/nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31", "lastState": {}, "name": "nginx", "ready": true, "restartCount": 0, "started": true, "state": {"running": {"startedAt": "2024-05-02T10:11:24Z"}}}
                    ],
                    "hostIP": "172.18.0.3",
                    "phase": "Running",
                    "podIP": "@IP",
                    "podIPs": [{"ip": "@IP"}],
                    "qosClass": "Burstable",
                    "startTime": "2024-05-02T10:11:20Z"
                }
            }
        """;

    /// <param name="minified">One line for the whole file, as <c>kubectl get --raw</c> prints it.</param>
    public static void Write(string path, int pods, bool minified = false)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        writer.Write("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n");
        var template = minified ? MinifyLines(PodTemplate) : PodTemplate;
        var separator = minified ? "," : ",\n";
        var pod = new StringBuilder(template.Length + 64);
        for (var i = 0; i < pods; i++)
        {
            var n = i.ToString("D12", CultureInfo.InvariantCulture);
            var ip = $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}";
            pod.Clear().Append(template)
                .Replace("@D", (i % 500).ToString(CultureInfo.InvariantCulture))
                .Replace("@S", (i % 50).ToString(CultureInfo.InvariantCulture))
                .Replace("@N", n)
                .Replace("@IP", ip);
            writer.Write(pod);
            writer.Write(i + 1 < pods ? separator : "\n");
        }

        writer.Write("    ],\n    \"kind\": \"List\",\n    \"metadata\": {\"resourceVersion\": \"\"}\n}\n");
    }

    private static string MinifyLines(string text) => string.Concat(text.Split('\n').Select(line => line.Trim()));
}
