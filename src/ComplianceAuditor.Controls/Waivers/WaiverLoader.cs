using System.Globalization;
using ComplianceAuditor.Controls.Checks;
using ComplianceAuditor.Controls.Yaml;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Engine.Ports;
using YamlDotNet.RepresentationModel;

namespace ComplianceAuditor.Controls.Waivers;

/// <summary>
/// Reads a waiver list (<c>kind: WaiverList</c>) strictly. Every waiver needs an id, a control, one
/// target, a justification, an approver, a ticket and an expiry at most a year after the audit.
/// </summary>
public static class WaiverLoader
{
    public static IReadOnlyList<Waiver> Load(string path, DateTimeOffset auditTime, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Parse(path, File.ReadAllText(path), auditTime, diagnostics);
    }

    public static IReadOnlyList<Waiver> Parse(string file, string text, DateTimeOffset auditTime, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (YamlSource.Load(file, text, diagnostics) is not { } root)
        {
            return [];
        }

        var reader = new YamlReader(file, diagnostics);
        reader.Known(root, string.Empty, "apiVersion", "kind", "waivers");
        Header.Expect(reader, root, "WaiverList");
        var waivers = new List<Waiver>();
        if (reader.Sequence(root, "waivers", string.Empty, required: true) is not { } list)
        {
            return waivers;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            if (Read(reader, list.Children[i], $"waivers[{i}]", auditTime) is { } waiver)
            {
                if (waivers.Any(w => w.Id == waiver.Id))
                {
                    reader.Error(list.Children[i], $"waivers[{i}].id", $"waiver id '{waiver.Id}' is used twice");
                }

                waivers.Add(waiver);
            }
        }

        return waivers;
    }

    private static Waiver? Read(YamlReader reader, YamlNode node, string path, DateTimeOffset auditTime)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, path, $"expected a waiver, found {YamlReader.Describe(node)}");
            return null;
        }

        var errors = reader.ErrorCount;
        reader.Known(map, path, "id", "control", "target", "justification", "approver", "ticket", "expires");
        var id = reader.String(map, "id", path, required: true);
        var control = reader.String(map, "control", path, required: true);
        if (control is not null && (control.Count(c => c == '/') != 1 || control.StartsWith('/') || control.EndsWith('/')))
        {
            reader.Error(YamlReader.Get(map, "control")!, $"{path}.control", $"expected <framework id>/<control id>, e.g. pci-dss-4.0.1/1.3.1; found '{control}'");
        }

        var target = ReadTarget(reader, map, path);
        var expires = ReadExpiry(reader, map, path, auditTime);
        var waiver = new Waiver
        {
            Id = id ?? string.Empty,
            Control = control ?? string.Empty,
            Target = target!,
            Justification = reader.String(map, "justification", path, required: true) ?? string.Empty,
            Approver = reader.String(map, "approver", path, required: true) ?? string.Empty,
            Ticket = reader.String(map, "ticket", path, required: true) ?? string.Empty,
            Expires = expires ?? default,
            Location = YamlSource.Locate(reader.File, map),
        };
        return reader.ErrorCount == errors ? waiver : null;
    }

    private static DateOnly? ReadExpiry(YamlReader reader, YamlMappingNode map, string path, DateTimeOffset auditTime)
    {
        if (reader.String(map, "expires", path, required: true) is not { } text)
        {
            return null;
        }

        var node = YamlReader.Get(map, "expires")!;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
        {
            reader.Error(node, $"{path}.expires", $"expected a date such as 2027-03-31, found '{text}'");
            return null;
        }

        // A calendar year, not 366 days: that would let most waivers run a year and a day.
        var latest = DateOnly.FromDateTime(auditTime.UtcDateTime).AddYears(1);
        if (expires > latest)
        {
            reader.Error(node, $"{path}.expires", $"a waiver may run at most a year: {text} is after {latest:yyyy-MM-dd}");
            return null;
        }

        return expires;
    }

    private static WaiverTarget? ReadTarget(YamlReader reader, YamlMappingNode map, string path)
    {
        if (reader.Mapping(map, "target", path, required: true) is not { } target)
        {
            return null;
        }

        var at = $"{path}.target";
        reader.Known(target, at, "namespace", "pods", "flow", "policy");
        if (target.Children.Count != 1)
        {
            reader.Error(target, at, "a target has exactly one of namespace, pods, flow or policy");
            return null;
        }

        return ((YamlScalarNode)target.Children.Keys.Single()).Value switch
        {
            "namespace" => reader.String(target, "namespace", at, required: true) is { } ns ? new NamespaceWaiverTarget(ns) : null,
            "policy" => reader.String(target, "policy", at, required: true) is { } policy ? new PolicyWaiverTarget(policy) : null,
            "pods" => ReadPods(reader, target, at),
            "flow" => ReadFlow(reader, target, at),
            _ => null,
        };
    }

    private static PodsWaiverTarget? ReadPods(YamlReader reader, YamlMappingNode target, string at)
    {
        if (reader.Mapping(target, "pods", at, required: true) is not { } pods)
        {
            return null;
        }

        reader.Known(pods, $"{at}.pods", "namespace", "selector");
        var ns = reader.String(pods, "namespace", $"{at}.pods", required: true);
        var selector = reader.Selector(pods, "selector", $"{at}.pods");
        if (YamlReader.Get(pods, "selector") is null)
        {
            reader.Error(pods, $"{at}.pods.selector", "selector is required (use {} for every pod of the namespace)");
        }

        return ns is null || selector is null ? null : new PodsWaiverTarget(ns, selector);
    }

    private static FlowWaiverTarget? ReadFlow(YamlReader reader, YamlMappingNode target, string at)
    {
        if (reader.Mapping(target, "flow", at, required: true) is not { } flow)
        {
            return null;
        }

        var path = $"{at}.flow";
        reader.Known(flow, path, "from", "to", "ports");
        var from = reader.String(flow, "from", path, required: true);
        var to = reader.String(flow, "to", path, required: true);
        var ends = true;
        foreach (var (name, end) in new[] { ("from", from), ("to", to) })
        {
            if (end is not null && FlowEnd.Problem(end) is { } problem)
            {
                reader.Error(YamlReader.Get(flow, name)!, $"{path}.{name}", problem);
                ends = false;
            }
        }

        var ports = ProtocolPortSet.All;
        if (YamlReader.Get(flow, "ports") is { } node)
        {
            ports = ProtocolPortSet.Empty;
            foreach (var text in reader.StringList(flow, "ports", path, required: true))
            {
                if (PortSpec.TryParse(text, out var parsed, out var error))
                {
                    ports = ports.Union(parsed);
                }
                else
                {
                    reader.Error(node, $"{path}.ports", error!);
                }
            }
        }

        return from is null || to is null || !ends ? null : new FlowWaiverTarget(from, to, ports);
    }
}
