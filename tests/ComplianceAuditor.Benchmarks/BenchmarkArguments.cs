using System.Globalization;
using ComplianceAuditor.TestSupport.Synthetic;

namespace ComplianceAuditor.Benchmarks;

/// <summary>
/// The options every verb shares. A size given only by <c>--pods</c> takes the default densities
/// (<see cref="SyntheticClusterOptions.Scaled"/>); <c>--namespaces</c>/<c>--policies</c> override them.
/// </summary>
internal sealed record BenchmarkArguments
{
    public int? Pods { get; init; }

    public int? Namespaces { get; init; }

    public int? Policies { get; init; }

    public int Seed { get; init; } = 42;

    public string? Out { get; init; }

    public bool Indented { get; init; }

    /// <summary>Run the engine once on the same snapshot first, so the timed run is JIT- and heap-warm.</summary>
    public bool Warmup { get; init; }

    /// <summary>Write the generated cluster as a manifest and run the engine on what ManifestLoader reads back.</summary>
    public bool Manifest { get; init; }

    /// <summary><c>audit</c>: time each check alone in a second pass (off with <c>--no-profile</c>).</summary>
    public bool Profile { get; init; } = true;

    public int Repeats { get; init; } = 3;

    public int MaxPods { get; init; } = int.MaxValue;

    public SyntheticClusterOptions Cluster
    {
        get
        {
            var scaled = SyntheticClusterOptions.Scaled(Pods ?? SyntheticClusterOptions.Small.Pods, Seed);
            return Pods is null && Namespaces is null && Policies is null
                ? SyntheticClusterOptions.Small with { Seed = Seed }
                : scaled with { Namespaces = Namespaces ?? scaled.Namespaces, Policies = Policies ?? scaled.Policies };
        }
    }

    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        var result = new BenchmarkArguments();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? n
                : throw new ArgumentException($"{args[i - 1]} expects a non-negative integer, found '{args[i]}'");
            result = args[i] switch
            {
                "--pods" => result with { Pods = Number() },
                "--namespaces" => result with { Namespaces = Number() },
                "--policies" => result with { Policies = Number() },
                "--seed" => result with { Seed = Number() },
                "--repeats" => result with { Repeats = Math.Max(1, Number()) },
                "--max-pods" => result with { MaxPods = Number() },
                "--out" => result with { Out = Value() },
                "--indented" => result with { Indented = true },
                "--warmup" => result with { Warmup = true },
                "--manifest" => result with { Manifest = true },
                "--no-profile" => result with { Profile = false },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return result;
    }
}
