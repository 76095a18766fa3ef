using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>
/// deploy/overlays/service rendered and run through `audit` and `reach` beside the small cluster
/// of <see cref="ClusterDump"/> plus the PostgreSQL and Prometheus the service talks to.
/// </summary>
public sealed class ServiceDogfoodRun : IDisposable
{
    public const string DeploymentPeer = "compliance-auditor/compliance-auditor[Deployment]";

    public DogfoodRun Overlay { get; } = new("service", ClusterDump.Yaml, ClusterDump.ServicePeers);

    /// <summary>The pod template of the one rendered Deployment.</summary>
    public YamlMappingNode PodTemplate => (YamlMappingNode)RenderedYaml.Node(Overlay.OfKind("Deployment"), "spec", "template");

    public YamlMappingNode PodSpec => (YamlMappingNode)PodTemplate.Children["spec"];

    public YamlMappingNode Container => (YamlMappingNode)((YamlSequenceNode)PodSpec.Children["containers"]).Children.Single();

    public void Dispose() => Overlay.Dispose();
}
