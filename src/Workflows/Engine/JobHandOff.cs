namespace LaiChau.Workflows.Engine;

/// <summary>
/// This host's in-process job workers, as the engine sees them (ADR 27): a job created by a command on this host can
/// be handed to them directly, without a fetch. The job row is written already leased to <see cref="Worker"/>, in the
/// command's transaction, and handed over only after that transaction committed; a host that stops before running it
/// loses nothing (the lease expires and any worker fetches the job, as after a crash mid-job).
/// </summary>
public interface IJobHandOff
{
    /// <summary>The worker name written on the lease.</summary>
    string Worker { get; }

    TimeSpan Lease { get; }

    /// <summary>Takes one place for a job of <paramref name="type"/> if a worker here runs that type and has room; else false (the job is fetched as usual).</summary>
    bool TryReserve(string type);

    /// <summary>The command did not commit: the place is free again.</summary>
    void Release(string type);

    /// <summary>The command committed: run the job (outside the caller's flow; never blocks).</summary>
    void Accept(ActivatedJob job);
}
