namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>Label keys the generator writes: the conventional ones and those controllers add.</summary>
internal static class WellKnownLabels
{
    public const string App = "app";
    public const string Tier = "tier";
    public const string Version = "version";
    public const string Name = "app.kubernetes.io/name";
    public const string PartOf = "app.kubernetes.io/part-of";
    public const string Component = "app.kubernetes.io/component";
    public const string K8sApp = "k8s-app";
    public const string Team = "team";
    public const string Env = "env";
    public const string Pci = "pci";
    public const string NamespaceName = "kubernetes.io/metadata.name";

    // Added by controllers, never by the template's author; selectors do not look at them (except pod-name, rarely).
    public const string PodTemplateHash = "pod-template-hash";
    public const string ControllerRevisionHash = "controller-revision-hash";
    public const string PodTemplateGeneration = "pod-template-generation";
    public const string StatefulSetPodName = "statefulset.kubernetes.io/pod-name";
    public const string PodIndex = "apps.kubernetes.io/pod-index";
    public const string JobName = "job-name";
    public const string BatchJobName = "batch.kubernetes.io/job-name";
    public const string ControllerUid = "controller-uid";
    public const string BatchControllerUid = "batch.kubernetes.io/controller-uid";
}
