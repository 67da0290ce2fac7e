using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// The host's stimuli for waits: a due timer, a correlated message, a job's BPMN error, an incident retry. Firing
/// and correlating are idempotent: a subscription that is gone (fired, closed, its owner or instance finished)
/// makes them a no-op returning no events (ADR 6 point 6).
/// </summary>
public sealed partial class Semantics
{
    /// <summary>Fires timer <paramref name="timerId"/>; a cycle that may repeat is re-armed under a new id.</summary>
    public IReadOnlyList<RuntimeEvent> FireTimer(ProcessInstanceState state, Guid timerId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status != InstanceStatus.Active || state.FindSubscription(timerId) is not { Kind: SubscriptionKind.Timer } timer)
        {
            return [];
        }

        var run = NewExecution(state);
        run.FireTimer(timer);
        run.Run();
        return run.Events;
    }

    /// <summary>
    /// Correlates a message to subscription <paramref name="subscriptionId"/> (the host matched name and key). Its
    /// variables are set as Zeebe does: local to the catch event when it has output mappings, else propagated.
    /// </summary>
    public IReadOnlyList<RuntimeEvent> CorrelateMessage(
        ProcessInstanceState state, Guid subscriptionId, IReadOnlyDictionary<string, FeelValue> variables)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status != InstanceStatus.Active || state.FindSubscription(subscriptionId) is not { Kind: SubscriptionKind.Message } message)
        {
            return [];
        }

        var run = NewExecution(state);
        run.CorrelateMessage(message, variables);
        run.Run();
        return run.Events;
    }

    /// <summary>
    /// A job's worker throws a BPMN error: the nearest matching error catcher takes it (with the variables), else an
    /// incident is raised on the job's element and the token stays; retrying that incident makes the job available again.
    /// </summary>
    public IReadOnlyList<RuntimeEvent> ThrowError(
        ProcessInstanceState state, Guid elementInstanceId, string errorCode, string? errorMessage, IReadOnlyDictionary<string, FeelValue> variables)
    {
        var element = ActiveElement(state, elementInstanceId);
        if (JobsAndUserTasks.JobOf(state.Model.FindNode(element.ElementId)) is null)
        {
            throw new InvalidOperationException($"Element instance {elementInstanceId} is not a job.");
        }

        var run = NewExecution(state);
        run.ThrowError(element, errorCode, errorMessage, variables, byJob: true);
        run.Run();
        return run.Events;
    }

    /// <summary>Re-runs the step that raised the element instance's incident (after the host fixed what failed) and resolves it.</summary>
    public IReadOnlyList<RuntimeEvent> RetryIncident(ProcessInstanceState state, Guid elementInstanceId)
    {
        var element = ActiveElement(state, elementInstanceId);
        if (element.Incident is null)
        {
            throw new InvalidOperationException($"Element instance {elementInstanceId} has no open incident.");
        }

        var run = NewExecution(state);
        run.Retry(element);
        run.Run();
        return run.Events;
    }

    /// <summary>Sets variables local to a scope (the instance id for the process scope), e.g. before a retry.</summary>
    public IReadOnlyList<RuntimeEvent> SetVariables(ProcessInstanceState state, Guid scopeId, IReadOnlyDictionary<string, FeelValue> variables)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (scopeId != state.Id || state.Status != InstanceStatus.Active)
        {
            ActiveElement(state, scopeId);
        }

        var run = NewExecution(state);
        foreach (var (name, value) in variables)
        {
            run.Set(scopeId, name, value);
        }

        return run.Events;
    }

    private static ElementInstance ActiveElement(ProcessInstanceState state, Guid elementInstanceId)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status == InstanceStatus.Active && state.FindElementInstance(elementInstanceId) is { IsActive: true } element
            ? element
            : throw new InvalidOperationException($"Element instance {elementInstanceId} is not active in an active instance.");
    }

    private static readonly Lazy<Calendar.WorkingDayCalculator> OfficialWorkingDays =
        new(() => new Calendar.WorkingDayCalculator(Calendar.WorkingDayCalendar.Official));
}
