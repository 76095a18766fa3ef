using System.Collections.Immutable;
using ComplianceAuditor.Engine.Labels;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests.Decoding;

/// <summary>
/// Reads a networking.k8s.io/v1 NetworkPolicy spec as the API server validates it. Missing and
/// empty lists stay distinct (null vs empty) so evidence can show what was written.
/// </summary>
internal static class NetworkPolicyDecoder
{
    private static readonly FieldPath SpecPath = FieldPath.Root.Field("spec");
    private static readonly string[] SpecFields = ["podSelector", "policyTypes", "ingress", "egress"];

    public static NetworkPolicy? Read(FieldReader reader, MappingNode obj, ObjectMeta metadata)
    {
        // The API server stores a missing spec as the empty one: every pod of the namespace,
        // isolated for ingress with no rule, i.e. deny all ingress.
        if (FieldReader.Get(obj, "spec") is not { } specNode)
        {
            return new NetworkPolicy(metadata, new NetworkPolicySpec());
        }

        if (reader.AsMapping(specNode, SpecPath) is not { } spec)
        {
            return null;
        }

        reader.RejectUnknownFields(spec, SpecPath, SpecFields);
        var podSelector = FieldReader.Get(spec, "podSelector") is { } selector
            ? SelectorDecoder.Read(reader, selector, SpecPath.Field("podSelector"))
            : LabelSelector.Empty;
        return new NetworkPolicy(metadata, new NetworkPolicySpec
        {
            PodSelector = podSelector,
            PolicyTypes = ReadPolicyTypes(reader, spec),
            Ingress = NetworkPolicyRuleDecoder.ReadRules(reader, spec, PolicyType.Ingress, SpecPath),
            Egress = NetworkPolicyRuleDecoder.ReadRules(reader, spec, PolicyType.Egress, SpecPath),
        });
    }

    private static ImmutableArray<PolicyType>? ReadPolicyTypes(FieldReader reader, MappingNode spec)
    {
        if (reader.List(spec, "policyTypes", SpecPath, ReadPolicyType) is not { } read)
        {
            return null;
        }

        var types = ImmutableArray.CreateBuilder<PolicyType>(read.Length);
        var sequence = (SequenceNode)FieldReader.Get(spec, "policyTypes")!;
        var path = SpecPath.Field("policyTypes");
        for (var i = 0; i < read.Length; i++)
        {
            if (read[i] is not { } type)
            {
                continue;
            }

            if (types.Contains(type))
            {
                reader.Error(sequence.Items[i], path.Index(i), $"duplicate policy type '{type}'");
                continue;
            }

            types.Add(type);
        }

        return types.DrainToImmutable();
    }

    private static PolicyType? ReadPolicyType(FieldReader reader, Node item, FieldPath path)
    {
        switch (reader.ItemString(item, path))
        {
            case null:
                return null;
            case "Ingress":
                return PolicyType.Ingress;
            case "Egress":
                return PolicyType.Egress;
            case var other:
                reader.Error(item, path, $"unknown policy type '{other}'; expected Ingress or Egress");
                return null;
        }
    }
}
