using System.Collections.Immutable;
using System.Globalization;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using L = ComplianceAuditor.TestSupport.Synthetic.WellKnownLabels;

namespace ComplianceAuditor.TestSupport.Synthetic;

/// <summary>
/// Emits workloads and their pods with the owner chains, names and controller labels the real
/// controllers produce: Deployment → ReplicaSet → pods, StatefulSet → ordinal pods, DaemonSet → a
/// pod per node, CronJob → Job → pods. Works on one namespace at a time (<see cref="Begin"/>).
/// </summary>
internal sealed class WorkloadFactory(GeneratorContext context)
{
    private readonly HashSet<string> podNames = new(StringComparer.Ordinal);
    private string ns = "";
    private bool dualStack;

    public void Begin(string namespaceName, bool isDualStack)
    {
        ns = namespaceName;
        dualStack = isDualStack;
        podNames.Clear();
    }

    /// <summary>A Deployment with its current ReplicaSet (and sometimes an old, scaled-down one).</summary>
    public void Deployment(string name, LabelSet template, ImmutableArray<ContainerPort> ports, int replicas, LabelSet? previousTemplate = null)
    {
        var deployment = AddWorkload(WorkloadKind.Deployment, name, Selectable(template), template, ports);
        var owner = OwnerOf(deployment);
        if (previousTemplate is not null)
        {
            // Rollout history: the old ReplicaSet stays, scaled to zero, owned by the Deployment.
            var oldHash = context.Names.TemplateHash();
            var old = previousTemplate.With(L.PodTemplateHash, oldHash);
            AddWorkload(WorkloadKind.ReplicaSet, $"{name}-{oldHash}", old, old, ports, owner);
        }

        var hash = context.Names.TemplateHash();
        var current = template.With(L.PodTemplateHash, hash);
        var replicaSet = AddWorkload(WorkloadKind.ReplicaSet, $"{name}-{hash}", current, current, ports, owner);
        for (var i = 0; i < replicas; i++)
        {
            AddPod(UniqueName(replicaSet.Metadata.Name), current, ports, OwnerOf(replicaSet));
        }
    }

    /// <summary>A StatefulSet: pods named by ordinal, each with its own pod-name label.</summary>
    public void StatefulSet(string name, LabelSet template, ImmutableArray<ContainerPort> ports, int replicas)
    {
        var statefulSet = AddWorkload(WorkloadKind.StatefulSet, name, Selectable(template), template, ports);
        var revision = $"{name}-{context.Names.TemplateHash()}";
        for (var i = 0; i < replicas; i++)
        {
            var podName = string.Create(CultureInfo.InvariantCulture, $"{name}-{i}");
            var labels = LabelSet.From(template.Concat(
            [
                KeyValuePair.Create(L.ControllerRevisionHash, revision),
                KeyValuePair.Create(L.StatefulSetPodName, podName),
                KeyValuePair.Create(L.PodIndex, i.ToString(CultureInfo.InvariantCulture)),
            ]));
            podNames.Add(podName);
            AddPod(podName, labels, ports, OwnerOf(statefulSet));
        }
    }

    /// <summary>A DaemonSet: one pod on every node, on the node's address when it uses the host network.</summary>
    public void DaemonSet(string name, LabelSet template, ImmutableArray<ContainerPort> ports, bool hostNetwork)
    {
        var daemonSet = AddWorkload(WorkloadKind.DaemonSet, name, Selectable(template), template, ports, hostNetwork: hostNetwork);
        var labels = LabelSet.From(template.Concat(
        [
            KeyValuePair.Create(L.ControllerRevisionHash, context.Names.TemplateHash()),
            KeyValuePair.Create(L.PodTemplateGeneration, "1"),
        ]));
        for (var node = 0; node < context.Ips.NodeCount; node++)
        {
            var ips = hostNetwork ? IpAllocator.NodeAddress(node) : context.Ips.AllocateOn(node, dualStack);
            AddPod(UniqueName(name), labels, ports, OwnerOf(daemonSet), ips, node, hostNetwork);
        }
    }

    /// <summary>A CronJob with its recent Jobs, one pod each; all finished unless <paramref name="lastRunning"/>.</summary>
    public void CronJob(string name, LabelSet template, ImmutableArray<ContainerPort> ports, int jobs, bool lastRunning)
    {
        var cronJob = AddWorkload(WorkloadKind.CronJob, name, Selectable(template), template, ports);
        var minute = 29_000_000 + context.Random.Next(100_000);
        for (var i = 0; i < jobs; i++)
        {
            var phase = i < jobs - 1 || !lastRunning ? (context.Chance(0.05) ? "Failed" : "Succeeded") : "Running";
            Job(string.Create(CultureInfo.InvariantCulture, $"{name}-{minute + (i * 60)}"), template, ports, phase, OwnerOf(cronJob));
        }
    }

    /// <summary>A Job (owned by a CronJob, or on its own) and its single pod.</summary>
    public void Job(string name, LabelSet template, ImmutableArray<ContainerPort> ports, string podPhase, OwnerReference? owner = null)
    {
        var uid = context.Names.Uid();
        var jobLabels = LabelSet.From(template.Concat(
        [
            KeyValuePair.Create(L.BatchControllerUid, uid),
            KeyValuePair.Create(L.BatchJobName, name),
            KeyValuePair.Create(L.ControllerUid, uid),
            KeyValuePair.Create(L.JobName, name),
        ]));
        var job = new Workload(WorkloadKind.Job, Meta(name, jobLabels, owner) with { Uid = uid }, new PodTemplate { Labels = jobLabels, ContainerPorts = ports });
        context.Workloads.Add(job);
        AddPod(UniqueName(name), jobLabels, ports, OwnerOf(job), phase: podPhase);
    }

    /// <summary>A pod nobody owns.</summary>
    public void StandalonePod(string name, LabelSet labels, ImmutableArray<ContainerPort> ports)
    {
        podNames.Add(name);
        AddPod(name, labels, ports, owner: null);
    }

    /// <summary>The labels a workload's own metadata and selector carry: the stable identity, not version.</summary>
    private static LabelSet Selectable(LabelSet template) =>
        LabelSet.From(template.Where(l => l.Key is not L.Version));

    private static OwnerReference OwnerOf(Workload workload) =>
        new(workload.Kind.ToString(), workload.Metadata.Name, workload.Metadata.Uid);

    private Workload AddWorkload(WorkloadKind kind, string name, LabelSet labels, LabelSet template, ImmutableArray<ContainerPort> ports, OwnerReference? owner = null, bool hostNetwork = false)
    {
        var workload = new Workload(kind, Meta(name, labels, owner), new PodTemplate { Labels = template, ContainerPorts = ports, HostNetwork = hostNetwork });
        context.Workloads.Add(workload);
        return workload;
    }

    private ObjectMeta Meta(string name, LabelSet labels, OwnerReference? owner) =>
        owner is null ? context.Meta(ns, name, labels) : context.Meta(ns, name, labels, owner);

    private void AddPod(string name, LabelSet labels, ImmutableArray<ContainerPort> ports, OwnerReference? owner,
        ImmutableArray<Engine.Net.IpAddress>? ips = null, int node = -1, bool hostNetwork = false, string phase = "Running")
    {
        if (ips is null)
        {
            ips = context.Ips.Allocate(dualStack, out node);
        }

        context.Pods.Add(new Pod
        {
            Metadata = Meta(name, labels, owner),
            Phase = phase,
            HostNetwork = hostNetwork,
            PodIPs = ips.Value,
            ContainerPorts = ports,
            NodeName = context.Ips.NodeNames[node],
        });
    }

    /// <summary>"prefix-xxxxx" as controllers name pods, drawn again on the rare clash within the namespace.</summary>
    private string UniqueName(string prefix)
    {
        while (true)
        {
            var name = $"{prefix}-{context.Names.Suffix(5)}";
            if (podNames.Add(name))
            {
                return name;
            }
        }
    }
}
