using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Workflows;

/// <summary>
/// Knows whether this host's workers are busy, and waits until nothing is runnable: no worker mid-job and no job of
/// a type handled here fetchable now, no timer due, and no other background work due (the testing "idle" endpoint and tests use it).
/// </summary>
public sealed class WorkerActivity(WorkflowQueries queries, WorkflowTimers timers, IEnumerable<IJobHandler> handlers, IEnumerable<IBackgroundWork> others)
{
    private static readonly TimeSpan Probe = TimeSpan.FromMilliseconds(25);
    private readonly string[] _types = [.. handlers.Select(h => h.Type).Distinct(StringComparer.Ordinal)];
    private int _busy;

    public bool IsBusy => Volatile.Read(ref _busy) > 0;

    /// <summary>A job handed to this host's worker (leased, not fetchable) until it ran: busy meanwhile.</summary>
    public void BeginReserved() => Interlocked.Increment(ref _busy);

    public void EndReserved() => Interlocked.Decrement(ref _busy);

    public IDisposable Begin()
    {
        Interlocked.Increment(ref _busy);
        return new Done(this);
    }

    /// <summary>True once idle; false when <paramref name="timeout"/> (real time) passed first.</summary>
    public async Task<bool> WaitUntilIdleAsync(TimeSpan timeout, CancellationToken ct)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            // Twice in a row, so a worker between "fetched" and "reported" is not missed.
            if (!IsBusy && !await queries.HasFetchableJobsAsync(_types, ct) && !await timers.HasDueTimersAsync(ct) && !await OthersBusyAsync(ct) && !IsBusy)
            {
                return true;
            }

            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                return false;
            }

            // Real time: this waits for work on other threads, not for business time to pass.
            await Task.Delay(Probe, TimeProvider.System, ct);
        }
    }

    private async Task<bool> OthersBusyAsync(CancellationToken ct)
    {
        foreach (var work in others)
        {
            if (await work.HasWorkAsync(ct))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Done(WorkerActivity owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref owner._busy);
            }
        }
    }
}
