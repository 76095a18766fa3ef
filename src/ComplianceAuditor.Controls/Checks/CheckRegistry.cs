using System.Collections.Frozen;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Controls.Yaml;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>The closed set of check types, by the name a catalog uses for each.</summary>
internal static class CheckRegistry
{
    private static readonly FrozenDictionary<string, Func<CheckParameters, Check?>> Parsers = new Dictionary<string, Func<CheckParameters, Check?>>
    {
        ["namespace-has-policy"] = NamespaceHasPolicyCheck.Parse,
        ["default-deny"] = DefaultDenyCheck.Parse,
        ["pod-coverage"] = PodCoverageCheck.Parse,
        ["host-network"] = HostNetworkCheck.Parse,
        ["zone-isolation"] = ZoneIsolationCheck.Parse,
        ["external-ingress"] = ExternalIngressCheck.Parse,
        ["external-egress"] = ExternalEgressCheck.Parse,
        ["data-store-isolation"] = DataStoreIsolationCheck.Parse,
        ["broad-rules"] = BroadRulesCheck.Parse,
        ["justification"] = JustificationCheck.Parse,
        ["insecure-ports"] = InsecurePortsCheck.Parse,
        ["policy-review"] = PolicyReviewCheck.Parse,
        ["metadata-endpoint"] = MetadataEndpointCheck.Parse,
        ["coverage-gaps"] = CoverageGapsCheck.Parse,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Types => Parsers.Keys;

    public static Check? Parse(YamlReader reader, YamlNode node, string path, ScopeDefinition scope)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, path, $"expected a check (type and parameters), found {YamlReader.Describe(node)}");
            return null;
        }

        if (reader.String(map, "type", path, required: true) is not { } type)
        {
            return null;
        }

        if (!Parsers.TryGetValue(type, out var parse))
        {
            reader.Error(YamlReader.Get(map, "type")!, $"{path}.type", $"unknown check type '{type}'; expected one of {string.Join(", ", Parsers.Keys.Order(StringComparer.Ordinal))}");
            return null;
        }

        // Nested entries (allow, entryPoints) are read with the reader directly: count its errors too.
        var errors = reader.ErrorCount;
        var parameters = new CheckParameters(reader, map, path, scope);
        var check = parse(parameters);
        return parameters.HasErrors || reader.ErrorCount > errors ? null : check;
    }
}
