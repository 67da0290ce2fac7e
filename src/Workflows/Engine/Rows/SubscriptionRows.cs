namespace LaiChau.Workflows.Engine.Rows;

/// <summary>A timer that waits for its instant; the scheduler calls FireTimer with its id (a gone row is a no-op).</summary>
public sealed class TimerRow
{
    public Guid Id { get; init; }

    /// <summary>Null for a process's timer start event (no instance yet).</summary>
    public Guid? InstanceId { get; init; }

    public Guid? ElementInstanceId { get; init; }

    public Guid? DefinitionId { get; init; }

    public required string ElementId { get; init; }

    public DateTimeOffset DueAt { get; init; }

    /// <summary>A start timer's cycle: repetitions still to come (-1 = no end) and the ISO interval; null otherwise.</summary>
    public int? RepetitionsLeft { get; init; }

    public string? Interval { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>An element waiting for a message of <see cref="MessageName"/> with <see cref="CorrelationKey"/>.</summary>
public sealed class MessageSubscriptionRow
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public Guid ElementInstanceId { get; init; }

    public required string ElementId { get; init; }

    public required string MessageName { get; init; }

    public required string CorrelationKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A published message nobody waited for yet, kept until <see cref="ExpiresAt"/>.</summary>
public sealed class MessageRow : LaiChau.Workflows.Persistence.IVersioned
{
    /// <summary>Two commands that both take this buffered message: the second fails its version check and re-runs.</summary>
    public long Version { get; set; }

    public Guid Id { get; init; }

    /// <summary>The publisher's id: publishing the same id again is a no-op.</summary>
    public string? MessageId { get; init; }

    public required string Name { get; init; }

    public required string CorrelationKey { get; init; }

    public required string Variables { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Set when a subscription took it (kept for the idempotency of <see cref="MessageId"/> until expiry).</summary>
    public Guid? CorrelatedInstanceId { get; set; }
}

/// <summary>A message start event of the latest version of a process: publishing its message starts an instance.</summary>
public sealed class MessageStartRow
{
    public Guid DefinitionId { get; init; }

    public required string DefinitionKey { get; init; }

    public required string ElementId { get; init; }

    public required string MessageName { get; init; }
}
