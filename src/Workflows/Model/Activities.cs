namespace LaiChau.Workflows.Model;

/// <summary>A node that does work; any activity may run as multi-instance.</summary>
public abstract record Activity : FlowNode
{
    public MultiInstance? MultiInstance { get; init; }
}

/// <summary>An undefined <c>bpmn:task</c> or a manual task: completes at once, as in Zeebe.</summary>
public sealed record PassThroughTask : Activity
{
    public bool IsManual { get; init; }
}

public enum JobTaskKind
{
    Service,
    Send,
    Script,
}

/// <summary>A service, send or script task carried out by a job worker.</summary>
public sealed record JobTask : Activity
{
    public required JobTaskKind Kind { get; init; }

    public required JobDefinition Job { get; init; }
}

/// <summary>A receive task: waits for the message it names.</summary>
public sealed record ReceiveTask : Activity
{
    public required MessageEventDefinition Message { get; init; }
}

/// <summary>A call activity: starts the latest version of <see cref="ProcessId"/> and waits for it.</summary>
public sealed record CallActivity : Activity
{
    public string? ProcessId { get; init; }

    public bool PropagateAllChildVariables { get; init; } = true;

    public bool PropagateAllParentVariables { get; init; } = true;
}

/// <summary>An embedded sub-process, or an event sub-process when <see cref="TriggeredByEvent"/>.</summary>
public sealed record SubProcess : Activity, IFlowScope
{
    public bool TriggeredByEvent { get; init; }

    public required IReadOnlyList<FlowNode> Nodes { get; init; }

    public required IReadOnlyList<SequenceFlow> Flows { get; init; }
}
