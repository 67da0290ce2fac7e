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

    /// <summary>The largest page any query returns.</summary>
    public int MaxPageSize { get; set; } = 500;

    /// <summary>A query's page size, checked against <see cref="MaxPageSize"/>.</summary>
    internal int CheckedPageSize(int requested) =>
        requested < 1 || requested > MaxPageSize
            ? throw new WorkflowInvalidException($"The page size must be between 1 and {MaxPageSize}.")
            : requested;
}
