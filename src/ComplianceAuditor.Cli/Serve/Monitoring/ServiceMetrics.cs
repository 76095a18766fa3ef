using ComplianceAuditor.Cli.Serve.Config;

namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>
/// What /metrics reports, fed by the scheduler. Thread-safe: jobs report from pool threads while
/// Kestrel scrapes. Counters and running/next-fire are this process's own (Prometheus sums or picks
/// over replicas); the last-run and score series also read each target's runs.json, so every replica
/// sharing the out folders shows the same newest run whichever replica made it.
/// </summary>
internal sealed class ServiceMetrics
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, TargetState> targets = new(StringComparer.Ordinal);

    /// <param name="time">
    /// Not read since every time shown is a run's start, measured by the job (<see cref="RunOutcome.StartedAt"/>)
    /// or recorded in runs.json: a time this class took at completion would not compare with those. The
    /// parameter stays so the host constructs the metrics as the design says.
    /// </param>
    public ServiceMetrics(TimeProvider time) => ArgumentNullException.ThrowIfNull(time);

    /// <summary>Every target gets its series before its first run; targets no longer configured lose their info series but keep their counters.</summary>
    public void Configure(IEnumerable<ServeTarget> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        lock (gate)
        {
            foreach (var state in targets.Values)
            {
                state.Source = null;
            }

            foreach (var target in configured)
            {
                var state = Get(target.Name);
                state.Source = state.Cluster = target.Cluster.Description;
                if (state.Index?.OutFolder != target.Out)
                {
                    state.Index = new RunIndexWatcher(target.Out);
                }
            }
        }
    }

    public void SetNextFire(string target, DateTimeOffset? next)
    {
        lock (gate)
        {
            Get(target).NextFire = next;
        }
    }

    public void RunStarted(string target)
    {
        lock (gate)
        {
            Get(target).Running++;
        }
    }

    public void RunCompleted(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var run = LastRun.FromOutcome(outcome);
        lock (gate)
        {
            var state = Get(outcome.Target);
            state.Running = Math.Max(0, state.Running - 1);
            if (outcome.Abandoned)
            {
                // A rolling update, not a problem of the target: the firing is run again, by another replica or after the restart.
                state.Abandoned++;
                return;
            }

            switch (outcome.ExitCode)
            {
                case 0: state.Completed++; break;
                case 1: state.BelowThreshold++; break;
                default: state.Failed++; break;
            }

            state.LastLocal = run;
            if (run.Succeeded)
            {
                state.LastLocalSuccess = run;
            }
        }
    }

    /// <summary>Reads the newest run from &lt;outFolder&gt;/runs.json now (at startup), so the first scrape already has it.</summary>
    /// <returns>Why runs.json could not be read (the host logs it), or null, also when there is none yet.</returns>
    public string? Seed(string target, string outFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(outFolder);
        RunIndexWatcher index;
        lock (gate)
        {
            var state = Get(target);
            if (state.Index?.OutFolder != outFolder)
            {
                state.Index = new RunIndexWatcher(outFolder);
            }

            index = state.Index;
        }

        index.Refresh();
        return index.Problem;
    }

    /// <summary>Why the target's runs.json could not be read at the last look (its last good content is still reported), or null.</summary>
    public string? RunIndexProblem(string target)
    {
        lock (gate)
        {
            return targets.TryGetValue(target, out var state) ? state.Index?.Problem : null;
        }
    }

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        List<RunIndexWatcher> indexes;
        lock (gate)
        {
            indexes = [.. targets.Values.Select(t => t.Index).OfType<RunIndexWatcher>()];
        }

        // File reads happen outside the lock, so a slow volume delays the scrape, never a job.
        var shared = indexes.ToDictionary(i => i, i => i.Refresh());
        List<TargetView> views;
        lock (gate)
        {
            views = [.. targets.Values.Select(t => t.View(t.Index is { } index && shared.TryGetValue(index, out var runs) ? runs : SharedRuns.None))];
        }

        MetricsExposition.Write(writer, views);
    }

    private TargetState Get(string target)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        if (!targets.TryGetValue(target, out var state))
        {
            state = new TargetState(target);
            targets.Add(target, state);
        }

        return state;
    }
}
