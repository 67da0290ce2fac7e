namespace LaiChau.Workflows.Engine.Rows;

/// <summary>A stuck token that needs a person: a failed expression, a job out of retries, an uncaught error.</summary>
public sealed class IncidentRow
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public Guid ElementInstanceId { get; init; }

    public required string ElementId { get; init; }

    public IncidentKind Kind { get; init; }

    /// <summary>The job whose retries ran out, for <see cref="IncidentKind.JobNoRetries"/>.</summary>
    public Guid? JobId { get; init; }

    public required string Message { get; init; }

    public IncidentState State { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }
}

public enum IncidentKind
{
    Expression,
    JobNoRetries,
    UnknownJobType,
    UnhandledError,
    CalledProcessMissing,
}

public enum IncidentState
{
    Open,
    Resolved,
}
