using System.Collections.Immutable;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Tests.Properties;

/// <summary>
/// Makes a failing cluster smaller while it keeps failing: drops whole objects first, then rules,
/// peers, ports and excepts, one at a time, until no single removal still fails. A shrunk cluster
/// is much quicker to read than the generated one.
/// </summary>
internal static class ClusterShrinker
{
    private const int MaxSteps = 500;

    public static ClusterSnapshot Shrink(ClusterSnapshot snapshot, Func<ClusterSnapshot, bool> fails)
    {
        for (var step = 0; step < MaxSteps; step++)
        {
            var smaller = Candidates(snapshot).FirstOrDefault(fails);
            if (smaller is null)
            {
                break;
            }

            snapshot = smaller;
        }

        return snapshot;
    }

    private static IEnumerable<ClusterSnapshot> Candidates(ClusterSnapshot s)
    {
        foreach (var i in Indexes(s.NetworkPolicies))
        {
            yield return s with { NetworkPolicies = s.NetworkPolicies.RemoveAt(i) };
        }

        foreach (var i in Indexes(s.Pods))
        {
            yield return s with { Pods = s.Pods.RemoveAt(i) };
        }

        foreach (var i in Indexes(s.Workloads))
        {
            yield return s with { Workloads = s.Workloads.RemoveAt(i) };
        }

        foreach (var i in Indexes(s.Namespaces))
        {
            yield return s with { Namespaces = s.Namespaces.RemoveAt(i) };
        }

        foreach (var i in Indexes(s.Pods))
        {
            foreach (var pod in SimplerPods(s.Pods[i]))
            {
                yield return s with { Pods = s.Pods.SetItem(i, pod) };
            }
        }

        foreach (var i in Indexes(s.Workloads))
        {
            foreach (var workload in SimplerWorkloads(s.Workloads[i]))
            {
                yield return s with { Workloads = s.Workloads.SetItem(i, workload) };
            }
        }

        foreach (var i in Indexes(s.NetworkPolicies))
        {
            var policy = s.NetworkPolicies[i];
            foreach (var spec in SmallerSpecs(policy.Spec))
            {
                yield return s with { NetworkPolicies = s.NetworkPolicies.SetItem(i, policy with { Spec = spec }) };
            }
        }
    }

    // Every candidate must be strictly simpler, or shrinking would cycle: only non-empty lists are cleared.
    private static IEnumerable<Pod> SimplerPods(Pod pod)
    {
        if (!pod.Metadata.OwnerReferences.IsEmpty)
        {
            yield return pod with { Metadata = pod.Metadata with { OwnerReferences = [] } };
        }

        if (!pod.PodIPs.IsEmpty)
        {
            yield return pod with { PodIPs = [] };
        }

        if (!pod.ContainerPorts.IsEmpty)
        {
            yield return pod with { ContainerPorts = [] };
        }
    }

    private static IEnumerable<Workload> SimplerWorkloads(Workload workload)
    {
        if (!workload.Metadata.OwnerReferences.IsEmpty)
        {
            yield return workload with { Metadata = workload.Metadata with { OwnerReferences = [] } };
        }

        if (!workload.Template.ContainerPorts.IsEmpty)
        {
            yield return workload with { Template = workload.Template with { ContainerPorts = [] } };
        }
    }

    private static IEnumerable<NetworkPolicySpec> SmallerSpecs(NetworkPolicySpec spec)
    {
        if (!spec.PodSelector.IsEmpty)
        {
            yield return spec with { PodSelector = LabelSelector.Empty };
        }

        foreach (var ingress in SmallerRuleLists(spec.Ingress))
        {
            yield return spec with { Ingress = ingress };
        }

        foreach (var egress in SmallerRuleLists(spec.Egress))
        {
            yield return spec with { Egress = egress };
        }
    }

    private static IEnumerable<ImmutableArray<NetworkPolicyRule>?> SmallerRuleLists(ImmutableArray<NetworkPolicyRule>? rules)
    {
        if (rules is not { } list)
        {
            yield break;
        }

        foreach (var i in Indexes(list))
        {
            yield return list.RemoveAt(i);
        }

        foreach (var i in Indexes(list))
        {
            var rule = list[i];
            foreach (var peers in Smaller(rule.Peers))
            {
                yield return list.SetItem(i, rule with { Peers = peers });
            }

            foreach (var ports in Smaller(rule.Ports))
            {
                yield return list.SetItem(i, rule with { Ports = ports });
            }

            foreach (var peers in SmallerExcepts(rule.Peers))
            {
                yield return list.SetItem(i, rule with { Peers = peers });
            }
        }
    }

    private static IEnumerable<ImmutableArray<NetworkPolicyPeer>> SmallerExcepts(ImmutableArray<NetworkPolicyPeer>? peers)
    {
        foreach (var i in Indexes(peers ?? []))
        {
            if (peers!.Value[i].IpBlock is { } block)
            {
                foreach (var e in Indexes(block.Except))
                {
                    yield return peers.Value.SetItem(i, peers.Value[i] with { IpBlock = block with { Except = block.Except.RemoveAt(e) } });
                }
            }
        }
    }

    private static IEnumerable<ImmutableArray<T>?> Smaller<T>(ImmutableArray<T>? items)
    {
        foreach (var i in Indexes(items ?? []))
        {
            yield return items!.Value.RemoveAt(i);
        }
    }

    private static IEnumerable<int> Indexes<T>(ImmutableArray<T> items) => Enumerable.Range(0, items.Length);
}
