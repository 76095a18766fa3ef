using ComplianceAuditor.Engine.Explain;
using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Policies;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Reports.Explain;

/// <summary>
/// Writes an explanation a person can read: the verdict, then each direction with its reasons.
/// Every line passes through <see cref="Printable"/>, as names and selectors are untrusted.
/// </summary>
public static class ExplainTextWriter
{
    public static void Write(TextWriter output, ExplainReport report)
    {
        var lines = new List<string>();
        var verdict = report.Verdict;
        lines.Add($"from:    {EndpointText.Describe(verdict.Source)}");
        lines.Add($"to:      {EndpointText.Describe(verdict.Destination)}");
        lines.Add($"query:   {report.QueryText}");
        lines.Add(report.Port is null
            ? $"allowed: {report.AllowedInScope}"
            : $"verdict: {(report.IsAllowed ? "ALLOWED" : "DENIED")}{DeniedBy(report)}");
        lines.AddRange(report.Notes.Select(note => $"note:    {note}"));
        lines.Add(string.Empty);
        AddDirection(lines, report, PolicyType.Egress, verdict.Egress, verdict.Source);
        lines.Add(string.Empty);
        AddDirection(lines, report, PolicyType.Ingress, verdict.Ingress, verdict.Destination);
        foreach (var line in lines)
        {
            output.Write(Printable.Escape(line));
            output.Write('\n');
        }
    }

    private static string DeniedBy(ExplainReport report)
    {
        if (report.IsAllowed)
        {
            return string.Empty;
        }

        var egress = report.Verdict.Egress is { } e && report.Scope(e.Allowed).IsEmpty;
        var ingress = report.Verdict.Ingress is { } i && report.Scope(i.Allowed).IsEmpty;
        return (egress, ingress) switch
        {
            (true, true) => " by both egress and ingress",
            (true, false) => " by egress",
            _ => " by ingress",
        };
    }

    private static void AddDirection(List<string> lines, ExplainReport report, PolicyType direction, DirectionVerdict? verdict, Endpoint subject)
    {
        lines.Add($"{(direction == PolicyType.Egress ? "egress from" : "ingress to")} {EndpointText.Name(subject)}:");
        if (verdict is null)
        {
            lines.Add("  an address outside the cluster's peers: no NetworkPolicy governs it");
            lines.Add("  => allows everything");
            return;
        }

        if (!verdict.Isolated)
        {
            lines.Add($"  not isolated: no NetworkPolicy in namespace {((PeerEndpoint)subject).Peer.Namespace} selects it for {direction}");
            lines.Add("  => allows everything");
            return;
        }

        lines.Add($"  isolated by: {string.Join(", ", verdict.IsolatingPolicies.Select(p => p.QualifiedName))}");
        if (verdict.Matches.IsEmpty)
        {
            var other = direction == PolicyType.Egress ? report.Verdict.Destination : report.Verdict.Source;
            lines.Add($"  no {direction.ToString().ToLowerInvariant()} rule of these policies matches {EndpointText.Name(other)}");
        }

        lines.AddRange(verdict.Matches.Select(match => $"  {RuleText.Describe(match)}"));
        lines.Add($"  => allows {report.Scope(verdict.Allowed)}");
    }
}
