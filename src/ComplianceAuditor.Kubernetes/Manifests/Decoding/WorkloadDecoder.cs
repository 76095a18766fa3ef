using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Reads a workload's pod template: <c>spec.template</c>, or for a CronJob
/// <c>spec.jobTemplate.spec.template</c>. A missing template is one with no labels and no ports.
/// </summary>
internal static class WorkloadDecoder
{
    private static readonly FieldPath SpecPath = FieldPath.Root.Field("spec");
    private static readonly FieldPath JobSpecPath = SpecPath.Field("jobTemplate").Field("spec");

    public static Workload Read(FieldReader reader, MappingNode obj, ObjectMeta metadata, WorkloadKind kind)
    {
        var (template, path) = FindTemplate(reader, obj, kind);
        var templateMetadata = reader.Mapping(template, "metadata", path);
        var (hostNetwork, ports, _) = PodSpecDecoder.Read(reader, reader.Mapping(template, "spec", path), path.Field("spec"));
        var podTemplate = new PodTemplate
        {
            Labels = LabelDecoder.Read(reader, templateMetadata, "labels", path.Field("metadata")),
            HostNetwork = hostNetwork,
            ContainerPorts = ports,
        };
        return new Workload(kind, metadata, podTemplate);
    }

    private static (MappingNode? Template, FieldPath Path) FindTemplate(FieldReader reader, MappingNode obj, WorkloadKind kind)
    {
        var spec = reader.Mapping(obj, "spec", FieldPath.Root);
        if (kind != WorkloadKind.CronJob)
        {
            return (reader.Mapping(spec, "template", SpecPath), SpecPath.Field("template"));
        }

        var jobTemplate = reader.Mapping(spec, "jobTemplate", SpecPath);
        var jobSpec = reader.Mapping(jobTemplate, "spec", SpecPath.Field("jobTemplate"));
        return (reader.Mapping(jobSpec, "template", JobSpecPath), JobSpecPath.Field("template"));
    }
}
