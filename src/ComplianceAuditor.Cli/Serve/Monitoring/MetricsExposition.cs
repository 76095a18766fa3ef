using System.Collections.Immutable;

namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>
/// The /metrics text: every family with HELP and TYPE, families by name, targets by name, scores by
/// framework id (ordinal), so the same state always gives the same bytes.
/// </summary>
internal static class MetricsExposition
{
    public const string Prefix = "compliance_auditor_";

    /// <summary>runs_total's result label: completed (exit 0), below-threshold (exit 1), failed (anything else), abandoned (the service stopped mid-audit).</summary>
    public static readonly ImmutableArray<string> Results = ["abandoned", "below-threshold", "completed", "failed"];

    private static readonly ImmutableArray<MetricFamily> Families = [.. PerTarget().OrderBy(f => f.Name, StringComparer.Ordinal)];

    public static void Write(TextWriter writer, IEnumerable<TargetView> targets)
    {
        var sorted = targets.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        foreach (var family in Families)
        {
            Header(writer, family.Name, family.Type, family.Help);
            foreach (var target in sorted)
            {
                foreach (var (labels, value) in family.Samples(target))
                {
                    writer.Write($"{family.Name}{labels} {value}\n");
                }
            }
        }

        // Last, after the per-target families: "up" sorts after them by name too.
        Header(writer, Prefix + "up", "gauge", "1 while the serve process answers scrapes.");
        writer.Write($"{Prefix}up 1\n");
    }

    private static void Header(TextWriter writer, string name, string type, string help) =>
        writer.Write($"# HELP {name} {PrometheusText.EscapeHelp(help)}\n# TYPE {name} {type}\n");

    private static IEnumerable<MetricFamily> PerTarget()
    {
        yield return Gauge("target_info", "1 for every configured target; cluster is where the configuration says its snapshot comes from.", t =>
            t.Source is { } source ? [(PrometheusText.Labels(("target", t.Name), ("cluster", source)), "1")] : []);
        yield return Gauge("last_run_timestamp_seconds", "When the newest run of the target started, failed runs included (Unix seconds); runs by any replica that share the out folder count.", t =>
            Target(t, t.LastRun is { } run ? PrometheusText.UnixSeconds(run.StartedAt) : null));
        yield return Gauge("last_run_duration_seconds", "Wall time of the newest run, when this process made it (absent when another replica did).", t =>
            Target(t, t.LastRun?.Duration is { } duration ? PrometheusText.Seconds(duration) : null));
        yield return Gauge("last_run_exit_code", "Exit code of the newest run as `audit` would exit: 0 at or above failUnder, 1 below, 2 could not complete.", t =>
            Target(t, t.LastRun?.ExitCode is { } code ? PrometheusText.Integer(code) : null));
        yield return Gauge("last_success_timestamp_seconds", "When the newest run that completed the audit (exit 0 or 1) started (Unix seconds).", t =>
            Target(t, t.LastSuccess is { } run ? PrometheusText.UnixSeconds(run.StartedAt) : null));
        yield return Gauge("score_percent", "Score per framework of the newest completed audit (0-100); frameworks where nothing counted are absent.", Scores);
        yield return Counter("runs_total", "Runs this process finished, by result: completed (exit 0), below-threshold (exit 1), failed (could not complete), abandoned (the service stopped mid-audit).", t =>
            Results.Select(r => (PrometheusText.Labels(("target", t.Name), ("result", r)), PrometheusText.Integer(Count(t, r)))));
        yield return Counter("run_failures_total", "Runs this process could not complete (exit 2: cluster unreachable, bad input); runs abandoned because the service stopped are not counted.", t =>
            Target(t, PrometheusText.Integer(t.Failed)));
        yield return Gauge("running", "1 while this process runs an audit of the target.", t =>
            Target(t, PrometheusText.Integer(t.Running)));
        yield return Gauge("next_fire_timestamp_seconds", "When the scheduler next fires the target (Unix seconds).", t =>
            Target(t, t.NextFire is { } next ? PrometheusText.UnixSeconds(next) : null));
    }

    private static IEnumerable<(string Labels, string Value)> Scores(TargetView target)
    {
        if (target.LastSuccess is not { } run)
        {
            return [];
        }

        var cluster = target.Cluster ?? string.Empty;
        return run.Scores
            .Where(s => s.Value is not null)
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (PrometheusText.Labels(("target", target.Name), ("cluster", cluster), ("framework", s.Key)), PrometheusText.Number(s.Value!.Value)));
    }

    private static IEnumerable<(string Labels, string Value)> Target(TargetView target, string? value) =>
        value is null ? [] : [(PrometheusText.Labels(("target", target.Name)), value)];

    private static long Count(TargetView target, string result) => result switch
    {
        "completed" => target.Completed,
        "below-threshold" => target.BelowThreshold,
        "abandoned" => target.Abandoned,
        _ => target.Failed,
    };

    private static MetricFamily Gauge(string name, string help, Func<TargetView, IEnumerable<(string Labels, string Value)>> samples) =>
        new(Prefix + name, "gauge", help, samples);

    private static MetricFamily Counter(string name, string help, Func<TargetView, IEnumerable<(string Labels, string Value)>> samples) =>
        new(Prefix + name, "counter", help, samples);
}
