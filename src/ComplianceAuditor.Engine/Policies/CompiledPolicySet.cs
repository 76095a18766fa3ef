using System.Collections.Frozen;
using System.Collections.Immutable;
using ComplianceAuditor.Engine.Model;

namespace ComplianceAuditor.Engine.Policies;

/// <summary>All policies compiled once, sorted by namespace/name and indexed by namespace.</summary>
public sealed class CompiledPolicySet
{
    private readonly FrozenDictionary<string, ImmutableArray<CompiledPolicy>> byNamespace;

    private CompiledPolicySet(ImmutableArray<CompiledPolicy> policies)
    {
        Policies = policies;
        byNamespace = policies.GroupBy(p => p.Namespace, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    public ImmutableArray<CompiledPolicy> Policies { get; }

    public static CompiledPolicySet Compile(IEnumerable<NetworkPolicy> policies) =>
        new([.. policies.OrderBy(p => p.Metadata.Namespace, StringComparer.Ordinal)
            .ThenBy(p => p.Metadata.Name, StringComparer.Ordinal)
            .Select(p => new CompiledPolicy(p))]);

    public ImmutableArray<CompiledPolicy> InNamespace(string ns) => byNamespace.GetValueOrDefault(ns, []);
}
