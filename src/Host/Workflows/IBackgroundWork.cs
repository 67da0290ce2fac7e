namespace LaiChau.Host.Workflows;

/// <summary>
/// Work outside the engine's jobs that the idle check must wait for (e.g. notice deliveries, issue 17): busy, or
/// something due now by the injected clock.
/// </summary>
public interface IBackgroundWork
{
    Task<bool> HasWorkAsync(CancellationToken ct);
}
