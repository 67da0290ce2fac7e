namespace LaiChau.Workflows.Engine;

public sealed class WorkflowEngineOptions
{
    /// <summary>How often a command is tried when another command changed the same instance meanwhile.</summary>
    public int MaxCommandAttempts { get; set; } = 8;

    /// <summary>How long a fetched job belongs to its worker before it can be fetched again.</summary>
    public TimeSpan DefaultJobLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A published message without time-to-live is buffered this long (0 = only correlates now).</summary>
    public TimeSpan DefaultMessageTimeToLive { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Whether some worker handles a job type. A job nobody handles is an incident at once (issue 4 point 4), not a
    /// silent stall. Null: every type is assumed handled (workers outside this process).
    /// </summary>
    public Func<string, bool>? IsJobTypeHandled { get; set; }

    /// <summary>
    /// On PostgreSQL, a command's rows and journal are written as one batch without EF's update pipeline, and the
    /// batches of commands that arrive together share one transaction (group commit, ADR 27). Off: EF saves each
    /// command in its own transaction, as before.
    /// </summary>
    public bool BatchedWrites { get; set; } = true;

    /// <summary>Group commit: how many groups of batched writes may be in flight at once.</summary>
    public int MaxCommitGroupsInFlight { get; set; } = 2;

    /// <summary>The largest page any query returns.</summary>
    public int MaxPageSize { get; set; } = 500;

    /// <summary>A query's page size, checked against <see cref="MaxPageSize"/>.</summary>
    internal int CheckedPageSize(int requested) =>
        requested < 1 || requested > MaxPageSize
            ? throw new WorkflowInvalidException($"The page size must be between 1 and {MaxPageSize}.")
            : requested;
}
