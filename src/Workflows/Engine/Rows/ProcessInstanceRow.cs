using LaiChau.Workflows.Persistence;

namespace LaiChau.Workflows.Engine.Rows;

/// <summary>
/// The instance aggregate: narrow columns for lists and filters, and the saved semantics state
/// (<see cref="Snapshot"/>, see <c>InstanceSnapshot</c>). <see cref="Version"/> is the optimistic lock of every command.
/// </summary>
public sealed class ProcessInstanceRow : IVersioned
{
    public Guid Id { get; init; }

    public Guid DefinitionId { get; set; }

    public required string DefinitionKey { get; init; }

    public int DefinitionVersion { get; set; }

    public string? BusinessKey { get; init; }

    public InstanceState State { get; set; }

    /// <summary>Open incidents; the API shows the state "incident" while this is above zero.</summary>
    public int OpenIncidents { get; set; }

    public Guid? ParentInstanceId { get; init; }

    /// <summary>The parent's call activity element instance that waits for this instance.</summary>
    public Guid? ParentElementInstanceId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }

    public required string Snapshot { get; set; }

    /// <summary>The last journal sequence number written for this instance.</summary>
    public int JournalSequence { get; set; }

    public long Version { get; set; }
}

public enum InstanceState
{
    Active,
    Completed,
    Terminated,
}
