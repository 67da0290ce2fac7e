namespace LaiChau.Workflows.Runtime;

public enum SubscriptionKind
{
    Timer,
    Message,
}

/// <summary>
/// An open wait for a timer or a message. <see cref="ElementInstanceId"/> owns it (the catch event or receive task
/// itself, the host of a boundary event, the event-based gateway, or the scope of an event sub-process — the
/// instance id for the process scope); <see cref="ElementId"/> is the event that catches. It is removed when it
/// fires or when its owner ends (ADR 6 point 6: a timer is a row with a due instant, fired by the host).
/// </summary>
public sealed record EventSubscription
{
    public required Guid Id { get; init; }

    public required SubscriptionKind Kind { get; init; }

    public required Guid ElementInstanceId { get; init; }

    public required string ElementId { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    /// <summary>A cycle's firings left after this one (-1: unbounded); null for a timer that fires once.</summary>
    public int? RepetitionsLeft { get; init; }

    /// <summary>A cycle's interval as ISO 8601 duration, evaluated at activation.</summary>
    public string? Interval { get; init; }

    public string? MessageName { get; init; }

    public string? CorrelationKey { get; init; }
}

/// <summary>Which step of an element instance raised its incident, so that a retry re-runs exactly that step.</summary>
public enum IncidentStep
{
    Activation,
    Completion,

    /// <summary>A job threw an error nobody catches: a retry makes the job available again.</summary>
    JobError,
}
