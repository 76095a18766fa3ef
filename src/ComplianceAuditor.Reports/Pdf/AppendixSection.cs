using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Reports.Pdf.Layout;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>The policy inventory, when the snapshot is at hand, and the hashes of every input.</summary>
internal static class AppendixSection
{
    public static void Write(ReportContext context)
    {
        context.Section("Appendix");
        WriteInventory(context, context.Input.Inventory);
        WriteHashes(context);
        WriteCatalogs(context);
    }

    private static void WriteInventory(ReportContext context, ClusterSnapshot? inventory)
    {
        context.Subsection("Policy inventory");
        if (inventory is null)
        {
            context.Text("Not available: this report was rendered from results.json without the snapshot. Render it with the snapshot (report --from results.json --from SNAPSHOT) to list the policies.");
            return;
        }

        context.Table(
            [new("Policy", 4), new("Policy types", 1.8), new("Ingress rules", 1), new("Egress rules", 1)],
            inventory.NetworkPolicies
                .OrderBy(p => p.Metadata.QualifiedName, StringComparer.Ordinal)
                .Select(p => (IReadOnlyList<TableCell>)
                [
                    p.Metadata.QualifiedName,
                    PolicyTypes(p.Spec),
                    Rules(p.Spec.Ingress),
                    Rules(p.Spec.Egress),
                ]));
    }

    private static string PolicyTypes(NetworkPolicySpec spec) =>
        spec.PolicyTypes is { IsEmpty: false } types ? string.Join(", ", types) : "(default: " + (spec.AffectsEgress ? "Ingress, Egress" : "Ingress") + ")";

    private static string Rules(System.Collections.Immutable.ImmutableArray<NetworkPolicyRule>? rules) =>
        rules is { } list ? Formats.Count(list.Length) : "—";

    private static void WriteHashes(ReportContext context)
    {
        var input = context.Report.Input;
        context.Subsection("Input hashes (SHA-256)");
        if (input.Sources.IsEmpty && input.Files.IsEmpty)
        {
            context.Text("The input came from neither files nor a snapshot.");
            return;
        }

        context.Table(
            [new("Input", 2.6), new("Bytes", 0.8), new("SHA-256", 5.4)],
            input.Sources.Select(s => (IReadOnlyList<TableCell>)[$"snapshot of {s.ApiServer}" + (s.File is null ? string.Empty : $" ({s.File})"), "—", new(s.Sha256) { Mono = true }])
                .Concat(input.Files.Select(f => (IReadOnlyList<TableCell>)[f.Path, Formats.Count(f.Bytes), new(f.Sha256) { Mono = true }])));
    }

    private static void WriteCatalogs(ReportContext context)
    {
        context.Subsection("Control catalogs (SHA-256)");
        context.Table(
            [new("Framework", 1.4), new("Catalog file", 2.0), new("SHA-256", 5.4)],
            context.Report.Frameworks.Select(f => (IReadOnlyList<TableCell>)[$"{f.Name} {f.Version}", f.Catalog.File, new(f.Catalog.Sha256) { Mono = true }]));
    }
}
