namespace LaiChau.Workflows.Model;

/// <summary>A start event; <see cref="IsInterrupting"/> matters only inside an event sub-process.</summary>
public sealed record StartEvent : FlowNode
{
    public required EventDefinition Definition { get; init; }

    public bool IsInterrupting { get; init; } = true;
}

/// <summary>An end event; a message end event is carried out by a job (<see cref="Job"/>).</summary>
public sealed record EndEvent : FlowNode
{
    public required EventDefinition Definition { get; init; }

    public JobDefinition? Job { get; init; }
}

/// <summary>An intermediate catch event: waits for a timer or a message.</summary>
public sealed record IntermediateCatchEvent : FlowNode
{
    public required EventDefinition Definition { get; init; }
}

/// <summary>An intermediate throw event: none (pass-through), message (a job) or escalation.</summary>
public sealed record IntermediateThrowEvent : FlowNode
{
    public required EventDefinition Definition { get; init; }

    public JobDefinition? Job { get; init; }
}

/// <summary>An event attached to an activity; when <see cref="CancelActivity"/> it interrupts the host.</summary>
public sealed record BoundaryEvent : FlowNode
{
    public required string AttachedToId { get; init; }

    public bool CancelActivity { get; init; } = true;

    public required EventDefinition Definition { get; init; }
}
