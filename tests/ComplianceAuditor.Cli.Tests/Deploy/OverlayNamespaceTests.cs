using ComplianceAuditor.TestSupport.Golden;
using YamlDotNet.RepresentationModel;
using static ComplianceAuditor.Cli.Tests.Deploy.RenderedYaml;

namespace ComplianceAuditor.Cli.Tests.Deploy;

/// <summary>
/// Every namespaced object an overlay renders lands in the auditor's namespace, whichever kubectl
/// renders it: kustomize v2.0.3 (kubectl 1.20, what CI installs) leaves an overlay's merged
/// ConfigMap without one unless the overlay names the namespace itself, and `kubectl apply -k`
/// would then put it where the CronJob or Deployment cannot mount it.
/// </summary>
public class OverlayNamespaceTests
{
    private static readonly HashSet<string> ClusterScoped = new(StringComparer.Ordinal) { "Namespace", "ClusterRole", "ClusterRoleBinding" };

    [Theory]
    [InlineData("pci")]
    [InlineData("service")]
    public void Every_namespaced_object_is_in_the_auditor_namespace(string overlay)
    {
        var objects = Load(Kustomize.Render(Path.Combine(RepositoryPaths.Root, "deploy", "overlays", overlay)));
        var namespaced = objects.Where(o => !ClusterScoped.Contains(Get(o, "kind"))).ToList();
        Assert.Contains(namespaced, o => Get(o, "kind") == "ConfigMap");
        var elsewhere = namespaced
            .Where(o => !Has((YamlMappingNode)o.Children["metadata"], "namespace") || Get(o, "metadata", "namespace") != "compliance-auditor")
            .Select(o => $"{Get(o, "kind")}/{Get(o, "metadata", "name")}");
        Assert.Empty(elsewhere);
    }
}
