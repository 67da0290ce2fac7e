namespace LaiChau.Workflows.Model;

/// <summary>What triggers or is thrown by an event.</summary>
public abstract record EventDefinition;

public sealed record NoneEventDefinition : EventDefinition
{
    public static NoneEventDefinition Instance { get; } = new();
}

/// <summary>A message; name and correlation key are copied from the referenced <c>bpmn:message</c> when it resolves.</summary>
public sealed record MessageEventDefinition(string? MessageRef, string? MessageName, string? CorrelationKey) : EventDefinition;

public enum TimerKind
{
    Date,
    Duration,
    Cycle,
}

/// <summary>A timer: <see cref="Value"/> is the raw text; when it starts with <c>=</c> it is an expression.</summary>
public sealed record TimerEventDefinition(TimerKind Kind, string Value) : EventDefinition
{
    public bool IsExpression => Value.StartsWith('=');
}

/// <summary>An error; <see cref="ErrorCode"/> is null when the reference does not resolve (the validator reports it).</summary>
public sealed record ErrorEventDefinition(string? ErrorRef, string? ErrorCode) : EventDefinition;

public sealed record EscalationEventDefinition(string? EscalationRef, string? EscalationCode) : EventDefinition;

public sealed record TerminateEventDefinition : EventDefinition
{
    public static TerminateEventDefinition Instance { get; } = new();
}
