namespace LaiChau.Workflows.Engine.Rows;

/// <summary>One event of an instance's history, appended in the transaction of the command that caused it.</summary>
public sealed class JournalRow
{
    public long Id { get; init; }

    public Guid InstanceId { get; init; }

    /// <summary>1, 2, 3… per instance: the order events happened in.</summary>
    public int Sequence { get; init; }

    /// <summary>The event's type name, e.g. <c>ElementActivated</c>.</summary>
    public required string Type { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The event's fields as JSON.</summary>
    public required string Data { get; init; }
}
