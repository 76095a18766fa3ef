using System.Collections.Immutable;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Net;

namespace ComplianceAuditor.Controls.Scope;

/// <summary>The zones of an audit, from a scope file or the built-in defaults.</summary>
public sealed record ScopeDefinition(ImmutableArray<Zone> Zones, string Origin)
{
    public const string ZoneLabel = "compliance-auditor.io/zone";
    public const string DataStoreLabel = "compliance-auditor.io/data-store";
    public const string EntryPointLabel = "compliance-auditor.io/entry-point";

    /// <summary>The built-in scope: zones by our labels, and the untrusted and metadata address zones.</summary>
    public static ScopeDefinition Default { get; } = new(
        [
            .. new[] { "cde", "connected", "dmz", "out-of-scope", "phi", "clearinghouse" }.Select(name => new Zone
            {
                Name = name,
                Description = $"namespaces labelled {ZoneLabel}: {name}",
                Namespaces = LabelSelector.MatchingLabels((ZoneLabel, name)),
            }),
            .. new[] { "chd", "ephi" }.Select(name => new Zone
            {
                Name = name,
                Description = $"pods labelled {DataStoreLabel}: {name}",
                Pods = LabelSelector.MatchingLabels((DataStoreLabel, name)),
            }),
            new Zone
            {
                Name = "entry-point",
                Description = $"pods labelled {EntryPointLabel}: \"true\"",
                Pods = LabelSelector.MatchingLabels((EntryPointLabel, "true")),
            },
            new Zone { Name = "untrusted", Description = "every address", Cidrs = [IpPrefix.Parse("0.0.0.0/0"), IpPrefix.Parse("::/0")] },
            new Zone
            {
                Name = "metadata-endpoint",
                Description = "cloud instance metadata service",
                Cidrs = [IpPrefix.Parse("169.254.169.254/32"), IpPrefix.Parse("fd00:ec2::254/128")],
            },
        ],
        "built-in");

    public Zone? Find(string name) => Zones.FirstOrDefault(z => string.Equals(z.Name, name, StringComparison.Ordinal));
}
