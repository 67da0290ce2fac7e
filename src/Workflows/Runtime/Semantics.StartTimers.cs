using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Timer start events of a process (not of an event sub-process): the host schedules them when a version is deployed
/// and starts an instance each time one fires. A cycle (<c>R3/PT1H</c>) gives the next one after each firing.
/// </summary>
public sealed partial class Semantics
{
    /// <summary>The first timer of each timer start event, due from now; its <c>ElementInstanceId</c> is empty.</summary>
    /// <exception cref="Feel.FeelException">A timer value that does not evaluate (the deployment is then refused).</exception>
    public IReadOnlyList<EventSubscription> PlanStartTimers(ProcessModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var scratch = new ProcessInstanceState(Guid.Empty, model);
        var run = NewExecution(scratch);
        foreach (var start in model.Nodes.OfType<StartEvent>().Where(s => s.Definition is TimerEventDefinition))
        {
            run.OpenStartTimer(start);
        }

        return scratch.Subscriptions;
    }

    /// <summary>The next timer of a fired start timer's cycle, or null when there is none (a date, a duration, the last repetition).</summary>
    public EventSubscription? NextStartTimer(ProcessModel model, EventSubscription fired)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fired);
        var scratch = new ProcessInstanceState(Guid.Empty, model);
        NewExecution(scratch).RearmStartTimer(fired);
        return scratch.Subscriptions.SingleOrDefault();
    }
}
