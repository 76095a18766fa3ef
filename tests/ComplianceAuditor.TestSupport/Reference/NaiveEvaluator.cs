using System.Net;
using System.Net.Sockets;
using System.Numerics;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Ports;

namespace ComplianceAuditor.TestSupport.Reference;

/// <summary>
/// A deliberately naive reading of the reachability contract (shared/reach-format.md): one
/// (protocol, port) at a time, looping over every policy and rule, sharing no logic with the
/// engine. Property tests compare the engine against it; keep it obvious rather than fast.
/// </summary>
public sealed class NaiveEvaluator
{
    private readonly ClusterSnapshot snapshot;
    private readonly Dictionary<string, Dictionary<string, string>> namespaceLabels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NaiveCidr> cidrs = new(StringComparer.Ordinal);

    public NaiveEvaluator(ClusterSnapshot snapshot)
    {
        this.snapshot = snapshot;
        Peers = NaivePeers.Derive(snapshot);
        foreach (var peer in Peers)
        {
            namespaceLabels[peer.Namespace] = NaivePeers.NamespaceLabels(snapshot, peer.Namespace);
        }
    }

    /// <summary>Every peer, sorted by display name (ordinal).</summary>
    public IReadOnlyList<NaivePeer> Peers { get; }

    /// <summary>Traffic between peers needs the source's egress and the destination's ingress.</summary>
    public bool Allowed(NaivePeer source, NaivePeer destination, Protocol protocol, int port) =>
        DirectionAllows(source, PolicyType.Egress, destination, null, protocol, port, destination)
        && DirectionAllows(destination, PolicyType.Ingress, source, null, protocol, port, destination);

    /// <summary>Nothing governs an external source: only the destination's ingress decides.</summary>
    public bool Allowed(IPAddress externalSource, NaivePeer destination, Protocol protocol, int port) =>
        DirectionAllows(destination, PolicyType.Ingress, null, Number(externalSource), protocol, port, destination);

    /// <summary>Only the source's egress decides; named ports allow nothing towards an address.</summary>
    public bool Allowed(NaivePeer source, IPAddress externalDestination, Protocol protocol, int port) =>
        DirectionAllows(source, PolicyType.Egress, null, Number(externalDestination), protocol, port, null);

    /// <summary>Some policy of the peer's namespace selects it and has the direction in its effective policyTypes.</summary>
    public bool IsIsolated(NaivePeer peer, PolicyType direction) => snapshot.NetworkPolicies.Any(policy =>
        policy.Metadata.Namespace == peer.Namespace
        && NaiveSelector.Matches(policy.Spec.PodSelector, peer.Labels)
        && EffectivePolicyTypes(policy.Spec).Contains(direction));

    /// <summary>
    /// Not isolated: everything. Isolated: some rule of some selecting policy (for the direction)
    /// admits the other end and the port.
    /// </summary>
    private bool DirectionAllows(
        NaivePeer subject, PolicyType direction, NaivePeer? otherPeer, Address? otherAddress, Protocol protocol, int port, NaivePeer? destination)
    {
        var isolated = false;
        foreach (var policy in snapshot.NetworkPolicies)
        {
            if (policy.Metadata.Namespace != subject.Namespace
                || !NaiveSelector.Matches(policy.Spec.PodSelector, subject.Labels)
                || !EffectivePolicyTypes(policy.Spec).Contains(direction))
            {
                continue;
            }

            isolated = true;
            var rules = direction == PolicyType.Ingress ? policy.Spec.Ingress : policy.Spec.Egress;
            foreach (var rule in rules ?? [])
            {
                if (PeersAdmit(rule, policy.Metadata.Namespace, otherPeer, otherAddress) && PortsAdmit(rule, protocol, port, destination))
                {
                    return true;
                }
            }
        }

        return !isolated;
    }

    /// <summary>Missing or empty: Ingress, plus Egress when egress has at least one rule.</summary>
    private static List<PolicyType> EffectivePolicyTypes(NetworkPolicySpec spec)
    {
        if (spec.PolicyTypes is { Length: > 0 } written)
        {
            return [.. written];
        }

        return spec.Egress is { Length: > 0 } ? [PolicyType.Ingress, PolicyType.Egress] : [PolicyType.Ingress];
    }

    private bool PeersAdmit(NetworkPolicyRule rule, string policyNamespace, NaivePeer? otherPeer, Address? otherAddress)
    {
        if (rule.Peers is not { Length: > 0 } entries)
        {
            return true;
        }

        foreach (var entry in entries)
        {
            if (entry.IpBlock is { } block)
            {
                if (otherAddress is { } address ? InBlock(block, address) : otherPeer!.IPs.Any(ip => InBlock(block, Number(ip))))
                {
                    return true;
                }

                continue;
            }

            if (otherPeer is null)
            {
                continue;
            }

            var namespaceMatches = entry.NamespaceSelector is { } namespaces
                ? NaiveSelector.Matches(namespaces, namespaceLabels[otherPeer.Namespace])
                : otherPeer.Namespace == policyNamespace;
            if (namespaceMatches && (entry.PodSelector is null || NaiveSelector.Matches(entry.PodSelector, otherPeer.Labels)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PortsAdmit(NetworkPolicyRule rule, Protocol protocol, int port, NaivePeer? destination)
    {
        if (rule.Ports is not { Length: > 0 } entries)
        {
            return true;
        }

        foreach (var entry in entries)
        {
            if (entry.Protocol != protocol)
            {
                continue;
            }

            var admits = (entry.PortName, entry.Port, entry.EndPort) switch
            {
                ({ } name, _, _) => destination is not null
                    && destination.Ports.Any(p => p.Name == name && p.Protocol == protocol && p.Port == port),
                (null, { } start, { } end) => start <= port && port <= end,
                (null, { } single, null) => port == single,
                (null, null, _) => true,
            };
            if (admits)
            {
                return true;
            }
        }

        return false;
    }

    private static Address Number(IPAddress address) => new(address.AddressFamily, NaiveAddress.ToNumber(address));

    private bool InBlock(Engine.Model.IpBlock block, Address address) =>
        Cidr(block.Cidr.Text).Contains(address.Family, address.Value)
        && !block.Except.Any(e => Cidr(e.Text).Contains(address.Family, address.Value));

    private NaiveCidr Cidr(string text)
    {
        if (!cidrs.TryGetValue(text, out var cidr))
        {
            cidr = NaiveCidr.Parse(text);
            cidrs.Add(text, cidr);
        }

        return cidr;
    }

    /// <summary>An address converted to a number once per question, not once per CIDR.</summary>
    private readonly record struct Address(AddressFamily Family, BigInteger Value);
}
