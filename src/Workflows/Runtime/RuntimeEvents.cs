using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Runtime;

/// <summary>What a command did to an instance, stamped with the <see cref="TimeProvider"/> instant (the journal's entries).</summary>
public abstract record RuntimeEvent(DateTimeOffset At);

public sealed record InstanceStarted(DateTimeOffset At, Guid InstanceId, string ProcessId) : RuntimeEvent(At);

public sealed record InstanceCompleted(DateTimeOffset At, Guid InstanceId) : RuntimeEvent(At);

public sealed record InstanceTerminated(DateTimeOffset At, Guid InstanceId) : RuntimeEvent(At);

/// <summary>
/// <paramref name="ScopeId"/> is the enclosing scope's element instance, null for the process scope;
/// <paramref name="IsMultiInstanceBody"/> marks a multi-instance body (its inner instances carry the same element id).
/// </summary>
public sealed record ElementActivated(DateTimeOffset At, Guid ElementInstanceId, string ElementId, Guid? ScopeId, bool IsMultiInstanceBody = false)
    : RuntimeEvent(At);

public sealed record ElementCompleted(DateTimeOffset At, Guid ElementInstanceId, string ElementId) : RuntimeEvent(At);

public sealed record ElementTerminated(DateTimeOffset At, Guid ElementInstanceId, string ElementId) : RuntimeEvent(At);

public sealed record FlowTaken(DateTimeOffset At, string FlowId) : RuntimeEvent(At);

/// <summary>A token arrived at a parallel or inclusive join on <paramref name="FlowId"/> (kept in the join's arrived-flow set).</summary>
public sealed record JoinArrived(DateTimeOffset At, Guid ElementInstanceId, string FlowId) : RuntimeEvent(At);

/// <summary>A multi-instance body evaluated its input collection: <paramref name="Items"/> in stored form, one inner instance each.</summary>
public sealed record MultiInstanceStarted(DateTimeOffset At, Guid BodyInstanceId, IReadOnlyList<FeelValue> Items) : RuntimeEvent(At);

/// <summary>A call activity waits for a child instance of <paramref name="ProcessId"/> that the host starts with <paramref name="Variables"/>.</summary>
public sealed record CallActivityStarted(
    DateTimeOffset At, Guid ElementInstanceId, string ProcessId, IReadOnlyDictionary<string, FeelValue> Variables) : RuntimeEvent(At);

public sealed record JobCreated(
    DateTimeOffset At, Guid ElementInstanceId, string Type, int Retries, IReadOnlyDictionary<string, string> Headers) : RuntimeEvent(At);

public sealed record UserTaskCreated(
    DateTimeOffset At,
    Guid ElementInstanceId,
    string? Name,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers,
    DateTimeOffset? DueAt,
    DateTimeOffset? FollowUpAt,
    string? FormKey) : RuntimeEvent(At);

/// <summary><paramref name="Scope"/> is the instance id for the process scope, else the scope's element instance id.</summary>
public sealed record VariableSet(DateTimeOffset At, Guid Scope, string Name, FeelValue Value) : RuntimeEvent(At);

/// <summary>
/// <paramref name="Step"/> is the runtime step a retry re-runs (kept on the element instance); null for an incident
/// the host raises (job out of retries, unknown job type, missing called process), which marks no step.
/// </summary>
public sealed record IncidentRaised(DateTimeOffset At, Guid ElementInstanceId, string Reason, IncidentStep? Step = null) : RuntimeEvent(At);

/// <summary>
/// A timer subscription opened; a re-armed cycle opens a new one with a new <paramref name="TimerId"/>.
/// <paramref name="RepetitionsLeft"/> and <paramref name="Interval"/> are a cycle's (as on <see cref="EventSubscription"/>), so replay can re-arm it.
/// </summary>
public sealed record TimerScheduled(
    DateTimeOffset At, Guid TimerId, Guid ElementInstanceId, string ElementId, DateTimeOffset DueAt, int? RepetitionsLeft = null, string? Interval = null)
    : RuntimeEvent(At);

public sealed record TimerFired(DateTimeOffset At, Guid TimerId) : RuntimeEvent(At);

public sealed record TimerCancelled(DateTimeOffset At, Guid TimerId) : RuntimeEvent(At);

public sealed record MessageSubscriptionOpened(
    DateTimeOffset At, Guid SubscriptionId, Guid ElementInstanceId, string ElementId, string MessageName, string CorrelationKey) : RuntimeEvent(At);

public sealed record MessageSubscriptionClosed(DateTimeOffset At, Guid SubscriptionId) : RuntimeEvent(At);

/// <summary>The subscription is consumed; one that stays open (non-interrupting) is re-opened under a new id.</summary>
public sealed record MessageCorrelated(DateTimeOffset At, Guid SubscriptionId, string MessageName, string CorrelationKey) : RuntimeEvent(At);

public sealed record ErrorThrown(DateTimeOffset At, Guid ElementInstanceId, string? ErrorCode, string? Message) : RuntimeEvent(At);

public sealed record EscalationThrown(DateTimeOffset At, Guid ElementInstanceId, string? EscalationCode) : RuntimeEvent(At);

public sealed record IncidentResolved(DateTimeOffset At, Guid ElementInstanceId) : RuntimeEvent(At);

/// <summary>A live element instance now stands on <paramref name="ToElementId"/> of the target model; nothing of it re-runs.</summary>
public sealed record ElementMigrated(DateTimeOffset At, Guid ElementInstanceId, string FromElementId, string ToElementId) : RuntimeEvent(At);

/// <summary>The instance now runs on <paramref name="TargetProcessId"/>'s model, with the element mapping used.</summary>
public sealed record InstanceMigrated(
    DateTimeOffset At, Guid InstanceId, string TargetProcessId, IReadOnlyDictionary<string, string> Mapping) : RuntimeEvent(At);
