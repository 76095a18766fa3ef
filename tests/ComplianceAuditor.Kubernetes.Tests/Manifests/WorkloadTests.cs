using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

public sealed class WorkloadTests
{
    private const string Template = """
          template:
            metadata:
              labels: {app: web, tier: front}
            spec:
              hostNetwork: true
              containers:
              - name: app
                ports: [{containerPort: 8080, name: http}]
        """;

    [Theory]
    [InlineData("apps/v1", "Deployment", WorkloadKind.Deployment)]
    [InlineData("apps/v1", "ReplicaSet", WorkloadKind.ReplicaSet)]
    [InlineData("apps/v1", "StatefulSet", WorkloadKind.StatefulSet)]
    [InlineData("apps/v1", "DaemonSet", WorkloadKind.DaemonSet)]
    [InlineData("batch/v1", "Job", WorkloadKind.Job)]
    [InlineData("v1", "ReplicationController", WorkloadKind.ReplicationController)]
    public void Workloads_read_their_spec_template(string apiVersion, string kind, WorkloadKind expected)
    {
        var result = Loading.Yaml($"""
            apiVersion: {apiVersion}
            kind: {kind}
            metadata:
              name: web
              namespace: shop
              labels: {"{"}owner-label: not-used{"}"}
            spec:
              replicas: 0
            {Template}
            """);

        result.AssertClean();
        var workload = result.Snapshot.Workloads.Single();
        Assert.Equal(expected, workload.Kind);
        Assert.Equal("shop/web", workload.Metadata.QualifiedName);
        Assert.Equal(LabelSet.Of(("owner-label", "not-used")), workload.Metadata.Labels);
        AssertTemplate(workload.Template);
    }

    [Fact]
    public void A_cron_job_reads_its_job_templates_pod_template()
    {
        var indentedTemplate = string.Join("\n", Template.Split('\n').Select(line => "    " + line));
        var result = Loading.Yaml($"""
            apiVersion: batch/v1
            kind: CronJob
            metadata: {"{"}name: nightly, namespace: shop{"}"}
            spec:
              schedule: "0 0 * * *"
              suspend: true
              jobTemplate:
                spec:
            {indentedTemplate}
            """);

        result.AssertClean();
        var workload = result.Snapshot.Workloads.Single();
        Assert.Equal(WorkloadKind.CronJob, workload.Kind);
        AssertTemplate(workload.Template);
    }

    [Fact]
    public void A_cron_job_ignores_a_spec_template()
    {
        var result = Loading.Yaml($"apiVersion: batch/v1\nkind: CronJob\nmetadata: {{name: nightly}}\nspec:\n{Template}\n");

        result.AssertClean();
        Assert.Equal(new PodTemplate(), result.Snapshot.Workloads.Single().Template);
    }

    [Fact]
    public void A_missing_template_has_no_labels_and_no_ports()
    {
        var result = Loading.Yaml("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: job}\nspec: {}\n");

        result.AssertClean();
        Assert.All(result.Snapshot.Workloads, w => Assert.Equal(new PodTemplate(), w.Template));
        Assert.Equal("default", result.Snapshot.Workloads[0].Metadata.Namespace);
    }

    [Fact]
    public void Template_errors_name_the_template_path()
    {
        var result = Loading.Yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: nightly, namespace: shop}
            spec:
              jobTemplate:
                spec:
                  template:
                    metadata:
                      labels: {version: 2}
            """);

        var error = result.SingleProblem();
        Assert.Equal("expected a string, found number 2; quote it", error.Message);
        Assert.Equal("spec.jobTemplate.spec.template.metadata.labels.version", error.FieldPath);
        Assert.Equal("CronJob shop/nightly", error.ObjectRef);
        error.AssertAt("test.yaml", 1, 9, 29);
        Assert.Empty(result.Snapshot.Workloads);
    }

    [Fact]
    public void Template_port_errors_name_the_template_path()
    {
        var result = Loading.Yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  containers:
                  - ports: [{containerPort: 0}]
            """);

        var error = result.SingleProblem();
        Assert.Equal("spec.template.spec.containers[0].ports[0].containerPort", error.FieldPath);
        Assert.Equal("Deployment default/web", error.ObjectRef);
    }

    [Fact]
    public void Owner_references_of_workloads_are_read()
    {
        var result = Loading.Yaml("""
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata:
              name: web-7d4f
              uid: rs-uid
              ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: dep-uid}]
            """);

        result.AssertClean();
        var metadata = result.Snapshot.Workloads.Single().Metadata;
        Assert.Equal("rs-uid", metadata.Uid);
        Assert.Equal(new OwnerReference("Deployment", "web", "dep-uid"), metadata.OwnerReferences.Single());
    }

    private static void AssertTemplate(PodTemplate template)
    {
        Assert.Equal(LabelSet.Of(("app", "web"), ("tier", "front")), template.Labels);
        Assert.True(template.HostNetwork);
        Assert.Equal(new ContainerPort("http", Protocol.TCP, 8080), template.ContainerPorts.Single());
    }
}
