namespace ComplianceAuditor.Cli.Serve.Hosting;

/// <summary>
/// The token an audit runs under: cancelled <c>grace</c> after the first of its signals (the host
/// stopping on SIGTERM, Quartz interrupting the job), so a running audit may finish in that time and is
/// abandoned cleanly after it.
/// </summary>
internal sealed class ShutdownGrace : IDisposable
{
    private readonly CancellationTokenSource cancelled;
    private readonly TimeSpan grace;
    private readonly List<CancellationTokenRegistration> registrations = [];
    private int signalled;

    public ShutdownGrace(TimeSpan grace, TimeProvider time, params ReadOnlySpan<CancellationToken> signals)
    {
        this.grace = grace;
        cancelled = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        foreach (var signal in signals)
        {
            registrations.Add(signal.Register(Signal));
        }
    }

    public CancellationToken Token => cancelled.Token;

    /// <summary>Whether a signal came (the audit was asked to stop), as against finishing on its own.</summary>
    public bool Signalled => Volatile.Read(ref signalled) != 0;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        cancelled.Dispose();
    }

    private void Signal()
    {
        // Once: a second signal must not push the deadline back.
        if (Interlocked.Exchange(ref signalled, 1) == 0)
        {
            try
            {
                cancelled.CancelAfter(grace);
            }
            catch (ObjectDisposedException)
            {
                // The audit has already finished.
            }
        }
    }
}
