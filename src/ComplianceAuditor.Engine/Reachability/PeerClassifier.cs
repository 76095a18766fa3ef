using System.Collections.Immutable;
using System.Globalization;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;

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
        var labelClasses = GroupByLabels(inventory, policies, registry, out var labelClassOfPeer);
        MatchPodPeers(labelClasses, inventory, registry);
        return BuildSignatures(inventory, policies, registry, labelClasses, labelClassOfPeer);
    }

    private static List<LabelClass> GroupByLabels(PeerInventory inventory, CompiledPolicySet policies, RuleTypeRegistry registry, out int[] classOfPeer)
    {
        var relevantKeys = policies.Policies.SelectMany(p => p.PodSelector.Keys)
            .Concat(registry.Peers.OfType<PodMatcher>().SelectMany(m => m.PodSelector.Keys))
            .ToHashSet(StringComparer.Ordinal);
        var namedPorts = Enumerable.Range(0, 2)
            .SelectMany(d => registry.Types((PolicyType)d))
            .SelectMany(t => t.Ports.OfType<NamedPortMatcher>())
            .Select(m => (m.Protocol, m.Name))
            .ToHashSet();
        var blocks = registry.Peers.Select((peer, id) => (id, peer)).Where(p => p.peer is IpBlockMatcher)
            .Select(p => (p.id, ((IpBlockMatcher)p.peer).Addresses)).ToList();
        var ipIndex = new IpBlockIndex(blocks);
        var allPeersId = registry.Peers.Select((peer, id) => (peer, id)).FirstOrDefault(p => p.peer is AllPeersMatcher, (AllPeersMatcher.Instance, -1)).Item2;

        var classes = new List<LabelClass>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        classOfPeer = new int[inventory.Peers.Length];
        for (var i = 0; i < inventory.Peers.Length; i++)
        {
            var peer = inventory.Peers[i];
            var labels = peer.Labels.Project(relevantKeys);
            var ipBlocks = blocks.Count == 0 ? [] : ipIndex.Match(peer.IPs);
            ImmutableArray<ContainerPort> ports = namedPorts.Count == 0 ? [] :
                [.. peer.ContainerPorts.Where(p => p.Name is not null && namedPorts.Contains((p.Protocol, p.Name)))
                    .Distinct().OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Protocol).ThenBy(p => p.Port)];
            var key = string.Join('\0', peer.Namespace, labels.CanonicalKey, string.Join(',', ipBlocks),
                string.Join(',', ports.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name}/{p.Protocol}/{p.Port}"))));
            if (!byKey.TryGetValue(key, out var id))
            {
                id = classes.Count;
                byKey.Add(key, id);
                classes.Add(NewLabelClass(peer.Namespace, labels, ipBlocks, ports, registry, allPeersId));
            }

            classes[id].Peers.Add(i);
            classOfPeer[i] = id;
        }

        return classes;
    }

    private static LabelClass NewLabelClass(string ns, Labels.LabelSet labels, int[] ipBlocks, ImmutableArray<ContainerPort> ports, RuleTypeRegistry registry, int allPeersId)
    {
        var labelClass = new LabelClass(ns, labels, ipBlocks, ports);
        var matched = allPeersId >= 0 ? ipBlocks.Append(allPeersId) : ipBlocks;
        foreach (var id in matched)
        {
            if (registry.IsUsed(id, PolicyType.Ingress))
            {
                labelClass.MatchedIngressPeers.Add(id);
            }

            if (registry.IsUsed(id, PolicyType.Egress))
            {
                labelClass.MatchedEgressPeers.Add(id);
            }
        }

        return labelClass;
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
        var destinationKeys = new Interner<(bool, IntArrayKey, IntArrayKey, string)>();
        var sources = new List<SourceClass>();
        var destinations = new List<DestinationClass>();
        var sourceOfLabelClass = new int[labelClasses.Count];
        var destinationOfLabelClass = new int[labelClasses.Count];
        for (var i = 0; i < labelClasses.Count; i++)
        {
            var labelClass = labelClasses[i];
            var selecting = policies.InNamespace(labelClass.Namespace).Where(p => p.PodSelector.Matches(labelClass.Labels)).ToList();
            var egressTypes = TypesOf(selecting, registry, PolicyType.Egress);
            var ingressTypes = TypesOf(selecting, registry, PolicyType.Ingress);
            var matchedIngress = new IntArrayKey([.. labelClass.MatchedIngressPeers.Distinct().Order()]);
            var matchedEgress = new IntArrayKey([.. labelClass.MatchedEgressPeers.Distinct().Order()]);

            var sourceId = sourceKeys.Intern((egressTypes is null, new IntArrayKey(egressTypes ?? []), matchedIngress));
            if (sourceId == sources.Count)
            {
                sources.Add(new SourceClass(sourceId, egressTypes, matchedIngress.Items));
            }

            var portsKey = string.Join(',', labelClass.NamedPorts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name}/{p.Protocol}/{p.Port}")));
            var destinationId = destinationKeys.Intern((ingressTypes is null, new IntArrayKey(ingressTypes ?? []), matchedEgress, portsKey));
            if (destinationId == destinations.Count)
            {
                destinations.Add(new DestinationClass(destinationId, ingressTypes, matchedEgress.Items, labelClass.NamedPorts));
            }

            sourceOfLabelClass[i] = sourceId;
            destinationOfLabelClass[i] = destinationId;
        }

        return Assemble(inventory, registry, labelClasses.Count, labelClassOfPeer, sourceOfLabelClass, destinationOfLabelClass, sources, destinations);
    }

    private static int[]? TypesOf(List<CompiledPolicy> selecting, RuleTypeRegistry registry, PolicyType direction)
    {
        var isolating = selecting.Where(p => p.Affects(direction)).ToList();
        return isolating.Count == 0 ? null : [.. isolating.SelectMany(p => registry.TypesOf(p, direction)).Distinct().Order()];
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
