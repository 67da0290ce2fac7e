using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Every literal timer value parses as the ISO 8601 form its kind requires; expressions are left to the expression rules.</summary>
internal static class TimerRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var (process, scope, node) in context.Nodes())
        {
            if (Timer(node) is not { } timer)
            {
                continue;
            }

            if (timer.Value.Length == 0)
            {
                context.Report(BpmnErrors.TimerWithoutValue, node);
                continue;
            }

            if (!Allowed(scope, process, node, timer.Kind))
            {
                context.Report(BpmnErrors.TimerKindNotAllowed, node, ZeebeVocabulary.TimerElement(timer.Kind), node.GetType().Name);
                continue;
            }

            if (timer.IsExpression)
            {
                continue;
            }

            var (valid, form) = timer.Kind switch
            {
                TimerKind.Date => (Iso8601.IsDateTime(timer.Value), "date-time"),
                TimerKind.Duration => (Iso8601.IsDuration(timer.Value), "duration"),
                _ => (Iso8601.IsCycle(timer.Value), "repeating interval"),
            };
            if (!valid)
            {
                context.Report(BpmnErrors.InvalidTimer, node, timer.Value, form);
            }
        }
    }

    // Camunda 8: a process's timer start fires at a date or on a cycle; an intermediate catch waits once.
    private static bool Allowed(IFlowScope scope, ProcessModel process, FlowNode node, TimerKind kind) => node switch
    {
        StartEvent when ReferenceEquals(scope, process) => kind != TimerKind.Duration,
        IntermediateCatchEvent => kind != TimerKind.Cycle,
        _ => true,
    };

    public static TimerEventDefinition? Timer(FlowNode node) => node switch
    {
        StartEvent { Definition: TimerEventDefinition t } => t,
        IntermediateCatchEvent { Definition: TimerEventDefinition t } => t,
        BoundaryEvent { Definition: TimerEventDefinition t } => t,
        _ => null,
    };
}
