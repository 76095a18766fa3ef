using ComplianceAuditor.Engine.Explain;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Peers;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Engine.Reachability;
using ComplianceAuditor.TestSupport.Reference;

namespace ComplianceAuditor.Engine.Tests.Properties;

/// <summary>
/// Compares everything the engine says about one cluster with the naive evaluator: the peers,
/// every ordered peer pair on every probe, the external ranges, the pair count in the stats, and
/// explain's verdicts against reach's.
/// </summary>
internal static class ClusterComparison
{
    /// <summary>All mismatches; an exception from either side is one too, so the seed still gets reported.</summary>
    public static Findings Run(ClusterSnapshot snapshot)
    {
        var findings = new Findings();
        try
        {
            Compare(snapshot, findings);
        }
        catch (Exception exception)
        {
            // Any exception is a finding about this cluster, so it is reported with its seed.
            findings.Add($"threw {exception}");
        }

        return findings;
    }

    private static void Compare(ClusterSnapshot snapshot, Findings findings)
    {
        var naive = new NaiveEvaluator(snapshot);
        var enginePeers = PeerInventory.Build(snapshot).Peers.Select(p => p.DisplayName).ToList();
        var naivePeers = naive.Peers.Select(p => p.DisplayName).ToList();
        if (!enginePeers.SequenceEqual(naivePeers))
        {
            // Every later comparison walks the two peer lists side by side; stop here.
            findings.Add($"peers: engine [{string.Join(", ", enginePeers)}], naive [{string.Join(", ", naivePeers)}]");
            return;
        }

        var analysis = ReachabilityAnalysis.Compute(snapshot);
        var peers = analysis.Inventory.Peers;
        var answer = EngineAnswer.Read([.. analysis.Connections()], peers.Select(p => p.DisplayName).ToHashSet(StringComparer.Ordinal), findings);
        var explain = new ConnectionEvaluator(analysis.Policies, analysis.Inventory);
        ComparePairs(analysis, naive, answer, explain, findings);

        CompareStats(analysis, naive, answer, findings);

        var external = new ExternalComparison(naive, explain, answer, findings);
        var policyPoints = Breakpoints.FromSnapshot(snapshot);
        for (var i = 0; i < peers.Length; i++)
        {
            external.Check(peers[i], naive.Peers[i], policyPoints);
        }
    }

    private static void ComparePairs(ReachabilityAnalysis analysis, NaiveEvaluator naive, EngineAnswer answer, ConnectionEvaluator explain, Findings findings)
    {
        var peers = analysis.Inventory.Peers;
        for (var s = 0; s < peers.Length; s++)
        {
            for (var d = 0; d < peers.Length; d++)
            {
                if (s == d)
                {
                    continue;
                }

                var label = $"{peers[s].DisplayName} -> {peers[d].DisplayName}";
                var ports = answer.PeerPairs.GetValueOrDefault((peers[s].DisplayName, peers[d].DisplayName)) ?? ProtocolPortSet.Empty;
                if (FirstDifference(naive, naive.Peers[s], naive.Peers[d], ports) is { } difference)
                {
                    findings.Add($"{label} {difference}: reach allows {ports}");
                }

                var verdict = explain.Evaluate(Endpoint.Of(peers[s]), Endpoint.Of(peers[d])).Allowed;
                if (!verdict.Equals(ports))
                {
                    findings.Add($"{label}: explain allows {verdict}, reach allows {ports}");
                }

                var direct = analysis.Allowed(s, d);
                if (!direct.Equals(ports))
                {
                    findings.Add($"{label}: Allowed(i, j) gives {direct}, Connections() gives {ports}");
                }
            }
        }
    }

    private static void CompareStats(ReachabilityAnalysis analysis, NaiveEvaluator naive, EngineAnswer answer, Findings findings)
    {
        var stats = analysis.Stats();
        if (stats.AllowedPairs != answer.PeerPairs.Count)
        {
            findings.Add($"Stats().AllowedPairs is {stats.AllowedPairs}, Connections() has {answer.PeerPairs.Count} peer-to-peer entries");
        }

        if (stats.Peers != naive.Peers.Count || stats.Workloads != naive.Peers.Count(p => p.Kind is not null))
        {
            findings.Add($"Stats() counts {stats.Peers} peers and {stats.Workloads} workloads; naive {naive.Peers.Count} and {naive.Peers.Count(p => p.Kind is not null)}");
        }

        foreach (var direction in (PolicyType[])[PolicyType.Ingress, PolicyType.Egress])
        {
            var isolated = Enumerable.Range(0, naive.Peers.Count).Where(i => naive.IsIsolated(naive.Peers[i], direction)).ToList();
            var engineIsolated = Enumerable.Range(0, naive.Peers.Count).Where(i => analysis.IsIsolated(i, direction)).ToList();
            var counted = direction == PolicyType.Ingress ? stats.IsolatedForIngress : stats.IsolatedForEgress;
            if (!isolated.SequenceEqual(engineIsolated) || counted != isolated.Count)
            {
                findings.Add($"isolated for {direction}: naive [{string.Join(", ", isolated.Select(i => naive.Peers[i]))}], "
                    + $"engine [{string.Join(", ", engineIsolated.Select(i => naive.Peers[i]))}], Stats() counts {counted}");
            }
        }
    }

    private static string? FirstDifference(NaiveEvaluator naive, NaivePeer source, NaivePeer destination, ProtocolPortSet ports)
    {
        foreach (var protocol in Probes.Protocols)
        {
            foreach (var port in Probes.Ports)
            {
                var expected = naive.Allowed(source, destination, protocol, port);
                if (expected != ports.Contains(protocol, port))
                {
                    return $"{protocol} {port}: naive {(expected ? "allows" : "denies")}";
                }
            }
        }

        return null;
    }
}
