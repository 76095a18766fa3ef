using System.Globalization;
using YamlDotNet.RepresentationModel;
using static ComplianceAuditor.Cli.Tests.Deploy.RenderedYaml;

namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>
/// The rendered service keeps the CronJob's least privilege and has what running it highly
/// available needs (deploy/README.md, "Running as a service"): two replicas on different nodes, a
/// disruption budget, probes, a grace period longer than serve's own, the connection string from a
/// Secret, and a reports volume every replica can write.
/// </summary>
public class ServiceDeploymentTests(ServiceDogfoodRun service) : IClassFixture<ServiceDogfoodRun>
{
    private DogfoodRun Run => service.Overlay;

    [Fact]
    public void Two_replicas_run_serve_on_postgres_and_no_cronjob_is_rendered()
    {
        Assert.Equal("2", Get(Run.OfKind("Deployment"), "spec", "replicas"));
        Assert.Equal(
            ["serve", "--config", "/etc/compliance-auditor/serve.yaml", "--store", "postgres", "--shutdown-grace", "45s"],
            Strings(service.Container, "args"));
        Assert.DoesNotContain(Run.Documents, d => Get(d, "kind") is "CronJob" or "Job");
        Assert.Equal("ghcr.io/example/compliance-auditor:0.1.0", Get(service.Container, "image"));
    }

    [Fact]
    public void The_pod_runs_restricted_as_65532_with_a_read_only_root_like_the_cronjob()
    {
        var pod = service.PodSpec;
        var container = service.Container;
        Assert.Equal("true", Get(pod, "securityContext", "runAsNonRoot"));
        Assert.Equal("65532", Get(pod, "securityContext", "runAsUser"));
        Assert.Equal("RuntimeDefault", Get(pod, "securityContext", "seccompProfile", "type"));
        Assert.Equal("true", Get(container, "securityContext", "runAsNonRoot"));
        Assert.Equal("65532", Get(container, "securityContext", "runAsUser"));
        Assert.Equal("false", Get(container, "securityContext", "allowPrivilegeEscalation"));
        Assert.Equal("true", Get(container, "securityContext", "readOnlyRootFilesystem"));
        Assert.Equal(["ALL"], Strings(container, "securityContext", "capabilities", "drop"));
        Assert.Equal("RuntimeDefault", Get(container, "securityContext", "seccompProfile", "type"));
        Assert.Equal("true", Get(pod, "automountServiceAccountToken"));
        Assert.Equal("compliance-auditor", Get(pod, "serviceAccountName"));
        Assert.Equal("restricted", Get(Run.OfKind("Namespace"), "metadata", "labels", "pod-security.kubernetes.io/enforce"));

        // Whole blocks, so a field added to the CronJob's later is added here too.
        var cronJobPod = (YamlMappingNode)Node(CronJob(), "spec", "jobTemplate", "spec", "template", "spec");
        var cronJobContainer = Mappings(cronJobPod, "containers").Single();
        Assert.Equal(Text(Node(cronJobPod, "securityContext")), Text(Node(pod, "securityContext")));
        Assert.Equal(Text(Node(cronJobContainer, "securityContext")), Text(Node(container, "securityContext")));
    }

    [Fact]
    public void The_connection_string_comes_from_a_secret_key_and_is_not_shipped()
    {
        var env = Assert.Single(Mappings(service.Container, "env"));
        Assert.Equal("COMPLIANCE_AUDITOR_POSTGRES", Get(env, "name"));
        Assert.False(Has(env, "value"));
        Assert.Equal("compliance-auditor-postgres", Get(env, "valueFrom", "secretKeyRef", "name"));
        Assert.Equal("connection-string", Get(env, "valueFrom", "secretKeyRef", "key"));
        Assert.DoesNotContain(Run.Documents, d => Get(d, "kind") == "Secret");
    }

    [Theory]
    [InlineData("startupProbe", "/healthz")]
    [InlineData("livenessProbe", "/healthz")]
    [InlineData("readinessProbe", "/readyz")]
    public void Probes_get_healthz_or_for_readiness_readyz_on_the_metrics_port(string probe, string path)
    {
        // Liveness must not depend on the database (every replica would restart in an outage); readiness does.
        Assert.Equal(path, Get(service.Container, probe, "httpGet", "path"));
        Assert.Equal(9464, ContainerPort(Get(service.Container, probe, "httpGet", "port")));
        // /readyz gives PostgreSQL 2 s to answer; the kubelet's default timeout is 1 s.
        Assert.True(int.Parse(Get(service.Container, probe, "timeoutSeconds"), CultureInfo.InvariantCulture) > 2);
    }

    [Fact]
    public void The_kubelet_waits_longer_than_serve_lets_a_running_audit_finish()
    {
        var args = Strings(service.Container, "args").ToList();
        var grace = args[args.IndexOf("--shutdown-grace") + 1];
        Assert.EndsWith("s", grace, StringComparison.Ordinal);
        var serveSeconds = int.Parse(grace[..^1], CultureInfo.InvariantCulture);
        var kubeletSeconds = int.Parse(Get(service.PodSpec, "terminationGracePeriodSeconds"), CultureInfo.InvariantCulture);
        // serve's host allows itself --shutdown-grace + 30s (the audit's cancellation, then Quartz's shutdown).
        Assert.True(kubeletSeconds >= serveSeconds + 30, $"terminationGracePeriodSeconds {kubeletSeconds} would kill serve before its --shutdown-grace {grace} + 30s");
    }

    [Fact]
    public void Replicas_land_on_different_nodes_and_a_drain_keeps_one()
    {
        var podLabels = Pairs(service.PodTemplate, "metadata", "labels");
        var byNode = Assert.Single(Mappings(service.PodSpec, "topologySpreadConstraints"), c => Get(c, "topologyKey") == "kubernetes.io/hostname");
        Assert.Equal("1", Get(byNode, "maxSkew"));
        Assert.Equal("DoNotSchedule", Get(byNode, "whenUnsatisfiable"));
        Assert.Equal("Honor", Get(byNode, "nodeTaintsPolicy"));
        Assert.Equal(podLabels, Pairs(byNode, "labelSelector", "matchLabels"));
        Assert.Equal(podLabels, Pairs(Run.OfKind("Deployment"), "spec", "selector", "matchLabels"));
        Assert.Equal("0", Get(Run.OfKind("Deployment"), "spec", "strategy", "rollingUpdate", "maxUnavailable"));

        var budget = Run.OfKind("PodDisruptionBudget");
        Assert.Equal("policy/v1", Get(budget, "apiVersion"));
        Assert.Equal("1", Get(budget, "spec", "minAvailable"));
        Assert.Equal(podLabels, Pairs(budget, "spec", "selector", "matchLabels"));
    }

    [Fact]
    public void A_cluster_ip_service_named_metrics_selects_the_replicas_on_9464()
    {
        var metrics = Run.OfKind("Service");
        Assert.Equal("ClusterIP", Get(metrics, "spec", "type"));
        Assert.Equal(Pairs(service.PodTemplate, "metadata", "labels"), Pairs(metrics, "spec", "selector"));
        var port = Assert.Single(Mappings(metrics, "spec", "ports"));
        Assert.Equal(("metrics", "9464", "TCP"), (Get(port, "name"), Get(port, "port"), Get(port, "protocol")));
        Assert.Equal(9464, ContainerPort(Get(port, "targetPort")));
    }

    [Fact]
    public void Every_replica_writes_the_shared_rwx_reports_volume_and_only_it_and_tmp()
    {
        var mounts = Mappings(service.Container, "volumeMounts")
            .Select(m => (Get(m, "mountPath"), Has(m, "readOnly") && Get(m, "readOnly") == "true", Get(m, "name")))
            .Order().ToList();
        Assert.Equal([("/etc/compliance-auditor", true, "config"), ("/reports", false, "reports"), ("/tmp", false, "tmp")], mounts);

        var volumes = Mappings(service.PodSpec, "volumes").ToDictionary(v => Get(v, "name"));
        Assert.True(Has(volumes["tmp"], "emptyDir"));
        var claimName = Get(volumes["reports"], "persistentVolumeClaim", "claimName");
        var claim = Assert.Single(Run.Documents, d => Get(d, "kind") == "PersistentVolumeClaim");
        Assert.Equal(claimName, Get(claim, "metadata", "name"));
        Assert.Equal(["ReadWriteMany"], Strings(claim, "spec", "accessModes"));
    }

    [Fact]
    public void The_pod_has_a_memory_limit_and_the_cronjobs_sizing()
    {
        var cronJobContainer = Mappings(CronJob(), "spec", "jobTemplate", "spec", "template", "spec", "containers").Single();
        Assert.Equal("3Gi", Get(service.Container, "resources", "limits", "memory"));
        Assert.Equal(Text(Node(cronJobContainer, "resources")), Text(Node(service.Container, "resources")));
    }

    /// <summary>A probe's or Service's port, by number or by the container port's name.</summary>
    private int ContainerPort(string port)
    {
        if (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var named = Assert.Single(Mappings(service.Container, "ports"), p => Get(p, "name") == port);
        return int.Parse(Get(named, "containerPort"), CultureInfo.InvariantCulture);
    }

    private static YamlMappingNode CronJob() =>
        Load(Kustomize.Render(Path.Combine(ComplianceAuditor.TestSupport.Golden.RepositoryPaths.Root, "deploy", "base"))).Single(d => Get(d, "kind") == "CronJob");
}
