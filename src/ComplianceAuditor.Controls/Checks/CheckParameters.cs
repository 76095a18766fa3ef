using System.Collections.Immutable;
using ComplianceAuditor.Controls.Scope;
using ComplianceAuditor.Controls.Yaml;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Ports;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Checks;

/// <summary>
/// Reads one check's parameters from its catalog mapping, strictly: every parameter a check
/// type accepts is declared, so an unknown one (a typo) is an error at file:line:column.
/// </summary>
internal sealed class CheckParameters(YamlReader reader, YamlMappingNode map, string path, ScopeDefinition scope)
{
    public YamlReader Reader => reader;

    public string Path => path;

    public bool HasErrors { get; private set; }

    /// <summary>The parameter's node when the catalog gives it.</summary>
    public YamlNode? Given(string name) => YamlReader.Get(map, name);

    /// <summary>Declares the parameters the type accepts (besides <c>type</c>); others are errors.</summary>
    public void Accept(params string[] parameters) => Track(() => reader.Known(map, path, ["type", .. parameters]));

    /// <summary>
    /// A list of zone names, each of which must be in the scope and of the kind the parameter
    /// takes; <paramref name="fallback"/> (checked the same way) when absent and not required.
    /// </summary>
    public ImmutableArray<string> Zones(string name, ZoneUse use, bool required = true, params string[] fallback)
    {
        var node = YamlReader.Get(map, name);
        if (node is null && !required)
        {
            foreach (var zone in fallback)
            {
                CheckZone(zone, use, map, path, name, isDefault: true);
            }

            return [.. fallback];
        }

        var zones = Track(() => reader.StringList(map, name, path, required: true));
        if (node is YamlSequenceNode list && zones.Count == list.Children.Count)
        {
            for (var i = 0; i < zones.Count; i++)
            {
                CheckZone(zones[i], use, list.Children[i], $"{YamlReader.Join(path, name)}[{i}]", name, isDefault: false);
            }
        }

        return [.. zones];
    }

    /// <summary>One zone name in a nested entry (<c>allow[0].from</c>), checked like <see cref="Zones"/>.</summary>
    public string? Zone(YamlMappingNode entry, string name, string entryPath, ZoneUse use)
    {
        var zone = Track(() => reader.String(entry, name, entryPath, required: true));
        if (zone is not null)
        {
            CheckZone(zone, use, YamlReader.Get(entry, name)!, YamlReader.Join(entryPath, name), name, isDefault: false);
        }

        return zone;
    }

    public Direction Direction(string name = "direction")
    {
        var text = Track(() => reader.String(map, name, path, required: false));
        switch (text)
        {
            case null or "both":
                return Checks.Direction.Both;
            case "ingress":
                return Checks.Direction.Ingress;
            case "egress":
                return Checks.Direction.Egress;
            default:
                Fail(YamlReader.Get(map, name)!, name, $"expected ingress, egress or both, found '{text}'");
                return Checks.Direction.Both;
        }
    }

    public int Integer(string name, int fallback, int min, int max) => Track(() => reader.Integer(map, name, path, min, max)) ?? fallback;

    public string String(string name, string fallback) => Track(() => reader.String(map, name, path, required: false)) ?? fallback;

    /// <summary>A list of ports ("TCP 443"...), merged; <paramref name="fallback"/> when absent.</summary>
    public ProtocolPortSet Ports(string name, ProtocolPortSet fallback) =>
        YamlReader.Get(map, name) is { } node ? PortsOf(node, YamlReader.Join(path, name)) : fallback;

    public ProtocolPortSet PortsOf(YamlNode node, string at)
    {
        if (node is not YamlSequenceNode list)
        {
            Fail(node, at, $"expected a list of ports such as [\"TCP 443\"], found {YamlReader.Describe(node)}");
            return ProtocolPortSet.Empty;
        }

        var result = ProtocolPortSet.Empty;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var item = list.Children[i];
            var text = Track(() => reader.AsString(item, $"{at}[{i}]"));
            if (text is null)
            {
                continue;
            }

            if (PortSpec.TryParse(text, out var ports, out var error))
            {
                result = result.Union(ports);
            }
            else
            {
                Fail(item, $"{at}[{i}]", error!);
            }
        }

        return result;
    }

    /// <summary>A list of CIDRs, merged; <paramref name="fallback"/> when absent.</summary>
    public IpRangeSet Cidrs(string name, IpRangeSet fallback)
    {
        if (YamlReader.Get(map, name) is null)
        {
            return fallback;
        }

        var result = IpRangeSet.Empty;
        var list = List(name, required: true);
        for (var i = 0; i < (list?.Children.Count ?? 0); i++)
        {
            var item = list!.Children[i];
            if (Track(() => reader.Cidr(item, $"{YamlReader.Join(path, name)}[{i}]")) is { } cidr)
            {
                result = result.Union(IpRangeSet.Of(cidr));
            }
        }

        return result;
    }

    /// <summary>
    /// An annotation key. Reading drops annotations outside <see cref="AnnotationAllowList"/>
    /// (they may hold secrets), so a check on any other key could only ever fail: that is an error here.
    /// </summary>
    public string Annotation(string name, string fallback)
    {
        var key = String(name, fallback);
        if (!AnnotationAllowList.Allows(key))
        {
            Fail(YamlReader.Get(map, name)!, name, $"annotation '{key}' is not kept when objects are read; use a key under {AnnotationAllowList.OwnPrefix}");
        }

        return key;
    }

    public YamlSequenceNode? List(string name, bool required) => Track(() => reader.Sequence(map, name, path, required));

    /// <summary>Refuses an empty list where a check given nothing to look for could never fail.</summary>
    public void RejectEmpty(string name)
    {
        if (YamlReader.Get(map, name) is YamlSequenceNode { Children.Count: 0 } list)
        {
            Fail(list, name, "expected at least one entry");
        }
    }

    /// <param name="parameter">The parameter's name, as the messages say it.</param>
    /// <param name="isDefault">The zone is the parameter's default, not written in the catalog.</param>
    private void CheckZone(string zone, ZoneUse use, YamlNode node, string at, string parameter, bool isDefault)
    {
        var named = isDefault ? $"zone '{zone}' (the default of {parameter})" : $"zone '{zone}'";
        if (scope.Find(zone) is not { } found)
        {
            Fail(node, at, $"{named} is not in the scope ({scope.Origin}); zones: {string.Join(", ", scope.Zones.Select(z => z.Name))}");
            return;
        }

        var expected = use switch
        {
            ZoneUse.Workload => ZoneKind.Workload,
            ZoneUse.Address => ZoneKind.Address,
            _ => found.Kind,
        };
        if (found.Kind != expected)
        {
            Fail(node, at, $"{named} is {Describe(found.Kind)}; {parameter} takes {Describe(expected)}");
        }
    }

    private static string Describe(ZoneKind kind) =>
        kind == ZoneKind.Workload ? "a workload zone (namespaces and pods)" : "an address zone (cidrs)";

    public void Fail(YamlNode node, string at, string message)
    {
        HasErrors = true;
        reader.Error(node, at.StartsWith(path, StringComparison.Ordinal) ? at : YamlReader.Join(path, at), message);
    }

    private T Track<T>(Func<T> read)
    {
        var before = reader.ErrorCount;
        var value = read();
        HasErrors |= reader.ErrorCount > before;
        return value;
    }

    private void Track(Action read)
    {
        var before = reader.ErrorCount;
        read();
        HasErrors |= reader.ErrorCount > before;
    }
}
