namespace LaiChau.Workflows.Engine.Rows;

/// <summary>
/// One event of an instance's history, appended in the transaction of the command that caused it. Keyed by
/// (instance, sequence): a surrogate id cost an identity value and a second index entry per event (issue 18).
/// </summary>
public sealed class JournalRow
{
    public Guid InstanceId { get; init; }

    /// <summary>1, 2, 3… per instance: the order events happened in.</summary>
    public int Sequence { get; init; }

    /// <summary>The event's type name, e.g. <c>ElementActivated</c>.</summary>
    public required string Type { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The event's fields as JSON.</summary>
    public required string Data { get; init; }
}
