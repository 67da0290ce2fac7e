using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Which event definitions each kind of event may carry in the subset (Camunda 8's table, minus signals).</summary>
internal static class EventKinds
{
    public static readonly IReadOnlySet<Type> Start = Set(typeof(NoneEventDefinition), typeof(MessageEventDefinition), typeof(TimerEventDefinition));

    /// <summary>An embedded sub-process starts only from its none start event.</summary>
    public static readonly IReadOnlySet<Type> SubProcessStart = Set(typeof(NoneEventDefinition));

    /// <summary>Event sub-processes may also start on an error or an escalation.</summary>
    public static readonly IReadOnlySet<Type> EventSubProcessStart =
        Set(typeof(MessageEventDefinition), typeof(TimerEventDefinition), typeof(ErrorEventDefinition), typeof(EscalationEventDefinition));

    public static readonly IReadOnlySet<Type> End = Set(typeof(NoneEventDefinition), typeof(TerminateEventDefinition),
        typeof(ErrorEventDefinition), typeof(EscalationEventDefinition), typeof(MessageEventDefinition));

    public static readonly IReadOnlySet<Type> IntermediateCatch = Set(typeof(TimerEventDefinition), typeof(MessageEventDefinition));

    public static readonly IReadOnlySet<Type> IntermediateThrow =
        Set(typeof(NoneEventDefinition), typeof(MessageEventDefinition), typeof(EscalationEventDefinition));

    public static readonly IReadOnlySet<Type> Boundary = Set(typeof(TimerEventDefinition), typeof(MessageEventDefinition),
        typeof(ErrorEventDefinition), typeof(EscalationEventDefinition));

    public static IReadOnlySet<Type> StartIn(ScopeKind scope) => scope switch
    {
        ScopeKind.Process => Start,
        ScopeKind.SubProcess => SubProcessStart,
        _ => EventSubProcessStart,
    };

    private static HashSet<Type> Set(params Type[] types) => [.. types];
}
