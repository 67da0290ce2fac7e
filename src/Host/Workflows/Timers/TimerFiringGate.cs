using Microsoft.Extensions.Options;

namespace LaiChau.Host.Workflows.Timers;

/// <summary>
/// The host-wide limit on timer commands in flight (<c>Workflows:Timers:Concurrency</c>), shared by every slot firing
/// at once. Without it, slots firing side by side would each run that many commands and could exhaust the database
/// pool; with it, a burst's firing queues for permits like everyone else, so a later slot waits for one command to
/// finish, not for the burst (the semaphore hands permits out roughly in arrival order).
/// </summary>
public sealed class TimerFiringGate(IOptions<TimerOptions> options) : IDisposable
{
    public SemaphoreSlim Permits { get; } = new(options.Value.Concurrency, options.Value.Concurrency);

    public void Dispose() => Permits.Dispose();
}
