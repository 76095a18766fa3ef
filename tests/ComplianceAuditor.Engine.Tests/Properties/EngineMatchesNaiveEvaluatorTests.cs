using System.Diagnostics;
using System.Globalization;
using System.Text;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.TestSupport.RandomClusters;
using Xunit.Abstractions;

namespace ComplianceAuditor.Engine.Tests.Properties;

/// <summary>
/// The engine against the naive reference evaluator on seeded random clusters. Seeds are fixed
/// (1..500) so a failure names a cluster anyone can regenerate; PROPERTY_SEEDS="first-last"
/// runs another range, e.g. for a longer hunt before a release.
/// </summary>
public sealed class EngineMatchesNaiveEvaluatorTests(ITestOutputHelper output)
{
    private const int DefaultSeeds = 500;
    private const int FailuresShown = 3;

    [Fact]
    public void EngineMatchesNaiveEvaluator()
    {
        var (first, last) = SeedRange();
        var failures = new List<int>();
        var clock = Stopwatch.StartNew();
        for (var seed = first; seed <= last; seed++)
        {
            if (ClusterComparison.Run(Generate(seed)).Count > 0)
            {
                failures.Add(seed);
            }
        }

        output.WriteLine($"{last - first + 1} clusters (seeds {first}-{last}) compared in {clock.Elapsed.TotalSeconds:F1} s");
        if (failures.Count > 0)
        {
            Assert.Fail(Report(failures));
        }
    }

    /// <summary>The failing seeds, and for the first few the shrunk cluster and what differs on it.</summary>
    private static string Report(List<int> failures)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"engine and naive evaluator disagree on {failures.Count} cluster(s); seeds: {string.Join(",", failures)}");
        foreach (var seed in failures.Take(FailuresShown))
        {
            var shrunk = ClusterShrinker.Shrink(Generate(seed), s => ClusterComparison.Run(s).Count > 0);
            var findings = ClusterComparison.Run(shrunk);
            text.AppendLine(CultureInfo.InvariantCulture, $"seed {seed}, shrunk to a cluster that still fails with {findings.Count} mismatch(es):");
            text.AppendLine(findings.ToString());
            text.AppendLine("cluster:");
            text.AppendLine(ClusterDescription.Describe(shrunk));
        }

        return text.ToString();
    }

    private static ClusterSnapshot Generate(int seed)
    {
        try
        {
            return new RandomClusterGenerator(seed).Generate();
        }
        catch (Exception exception)
        {
            // The generator builds prefixes and addresses with the engine's parsers: name the seed.
            throw new InvalidOperationException($"seed {seed}: generating the cluster failed", exception);
        }
    }

    private static (int First, int Last) SeedRange()
    {
        var setting = Environment.GetEnvironmentVariable("PROPERTY_SEEDS");
        if (string.IsNullOrWhiteSpace(setting))
        {
            return (1, DefaultSeeds);
        }

        var parts = setting.Split('-');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[^1], CultureInfo.InvariantCulture));
    }
}
