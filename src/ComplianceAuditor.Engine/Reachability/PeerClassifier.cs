using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;

namespace ComplianceAuditor.Engine.Reachability;

/// <summary>
/// Groups peers into classes of identical behaviour in two steps: first by what policies can see
/// (<see cref="LabelClass"/>), evaluating selectors once per label class; then by behaviour
/// (<see cref="SourceClass"/>, <see cref="DestinationClass"/>), which merges label classes whose
/// differences no rule observes.
/// </summary>
internal static class PeerClassifier
{
    public static ClassModel Classify(PeerInventory inventory, CompiledPolicySet policies)
    {
        var registry = new RuleTypeRegistry(policies);
        var labelClasses = new LabelClassBuilder(policies, registry).Group(inventory.Peers, out var labelClassOfPeer);
        MatchPodPeers(labelClasses, inventory, registry);
        return BuildSignatures(inventory, policies, registry, labelClasses, labelClassOfPeer);
    }

    private static void MatchPodPeers(List<LabelClass> labelClasses, PeerInventory inventory, RuleTypeRegistry registry)
    {
        var byNamespace = labelClasses.GroupBy(c => c.Namespace, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var namespaces = new NamespaceSelectorIndex(inventory.Namespaces.Values);
        for (var id = 0; id < registry.Peers.Count; id++)
        {
            if (registry.Peers[id] is not PodMatcher matcher)
            {
                continue;
            }

            var ingress = registry.IsUsed(id, PolicyType.Ingress);
            var egress = registry.IsUsed(id, PolicyType.Egress);
            IEnumerable<string> scope = matcher.Namespace is { } own ? [own] : namespaces.Select(matcher.NamespaceSelector!).Select(n => n.Name);
            foreach (var ns in scope)
            {
                foreach (var labelClass in byNamespace.GetValueOrDefault(ns) ?? [])
                {
                    if (!matcher.PodSelector.Matches(labelClass.Labels))
                    {
                        continue;
                    }

                    if (ingress)
                    {
                        labelClass.MatchedIngressPeers.Add(id);
                    }

                    if (egress)
                    {
                        labelClass.MatchedEgressPeers.Add(id);
                    }
                }
            }
        }
    }

    private static ClassModel BuildSignatures(PeerInventory inventory, CompiledPolicySet policies, RuleTypeRegistry registry, List<LabelClass> labelClasses, int[] labelClassOfPeer)
    {
        var sourceKeys = new Interner<(bool, IntArrayKey, IntArrayKey)>();
        var destinationKeys = new Interner<(bool, IntArrayKey, IntArrayKey, SequenceKey<ContainerPort>)>();
        var sources = new List<SourceClass>();
        var destinations = new List<DestinationClass>();
        var sourceOfLabelClass = new int[labelClasses.Count];
        var destinationOfLabelClass = new int[labelClasses.Count];
        var selecting = new List<CompiledPolicy>();
        for (var i = 0; i < labelClasses.Count; i++)
        {
            var labelClass = labelClasses[i];
            selecting.Clear();
            foreach (var policy in policies.InNamespace(labelClass.Namespace))
            {
                if (policy.PodSelector.Matches(labelClass.Labels))
                {
                    selecting.Add(policy);
                }
            }

            var egressTypes = TypesOf(selecting, registry, PolicyType.Egress);
            var ingressTypes = TypesOf(selecting, registry, PolicyType.Ingress);
            var matchedIngress = new IntArrayKey(SortedDistinct(labelClass.MatchedIngressPeers));
            var matchedEgress = new IntArrayKey(SortedDistinct(labelClass.MatchedEgressPeers));

            var sourceId = sourceKeys.Intern((egressTypes is null, new IntArrayKey(egressTypes ?? []), matchedIngress));
            if (sourceId == sources.Count)
            {
                sources.Add(new SourceClass(sourceId, egressTypes, matchedIngress.Items));
            }

            var destinationId = destinationKeys.Intern((ingressTypes is null, new IntArrayKey(ingressTypes ?? []), matchedEgress, new SequenceKey<ContainerPort>(labelClass.NamedPorts)));
            if (destinationId == destinations.Count)
            {
                destinations.Add(new DestinationClass(destinationId, ingressTypes, matchedEgress.Items, labelClass.NamedPorts));
            }

            sourceOfLabelClass[i] = sourceId;
            destinationOfLabelClass[i] = destinationId;
        }

        return Assemble(inventory, registry, labelClasses.Count, labelClassOfPeer, sourceOfLabelClass, destinationOfLabelClass, sources, destinations);
    }

    /// <summary>The rule types of the selecting policies that affect the direction; null when none does (not isolated).</summary>
    private static int[]? TypesOf(List<CompiledPolicy> selecting, RuleTypeRegistry registry, PolicyType direction)
    {
        int[]? single = null;
        List<int>? merged = null;
        foreach (var policy in selecting)
        {
            if (!policy.Affects(direction))
            {
                continue;
            }

            var types = registry.TypesOf(policy, direction);
            if (single is null)
            {
                single = types;
            }
            else
            {
                merged ??= [.. single];
                merged.AddRange(types);
            }
        }

        return merged is null ? single : SortedDistinct(merged);
    }

    private static int[] SortedDistinct(List<int> items)
    {
        if (items.Count == 0)
        {
            return [];
        }

        items.Sort();
        var result = new List<int>(items.Count) { items[0] };
        for (var i = 1; i < items.Count; i++)
        {
            if (items[i] != items[i - 1])
            {
                result.Add(items[i]);
            }
        }

        return [.. result];
    }

    private static ClassModel Assemble(
        PeerInventory inventory,
        RuleTypeRegistry registry,
        int labelClassCount,
        int[] labelClassOfPeer,
        int[] sourceOfLabelClass,
        int[] destinationOfLabelClass,
        List<SourceClass> sources,
        List<DestinationClass> destinations)
    {
        var peerCount = inventory.Peers.Length;
        var sourceOf = new int[peerCount];
        var destinationOf = new int[peerCount];
        var peerClassOf = new int[peerCount];
        var peerClasses = new List<PeerClass>();
        var peerClassIds = new Dictionary<(int, int), int>();
        for (var i = 0; i < peerCount; i++)
        {
            var source = sourceOfLabelClass[labelClassOfPeer[i]];
            var destination = destinationOfLabelClass[labelClassOfPeer[i]];
            if (!peerClassIds.TryGetValue((source, destination), out var peerClass))
            {
                peerClass = peerClasses.Count;
                peerClassIds.Add((source, destination), peerClass);
                peerClasses.Add(new PeerClass(source, destination));
            }

            sources[source].Peers.Add(i);
            destinations[destination].Peers.Add(i);
            peerClasses[peerClass].Peers.Add(i);
            (sourceOf[i], destinationOf[i], peerClassOf[i]) = (source, destination, peerClass);
        }

        return new ClassModel
        {
            Registry = registry,
            Sources = [.. sources],
            Destinations = [.. destinations],
            PeerClasses = [.. peerClasses],
            SourceOf = sourceOf,
            DestinationOf = destinationOf,
            PeerClassOf = peerClassOf,
            LabelClassCount = labelClassCount,
        };
    }
}
