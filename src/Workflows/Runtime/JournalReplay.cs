using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Rebuilds an instance's state from its journal alone (ADR 6 point 7): status, element instances with their
/// scopes, join arrivals, multi-instance progress, every scope's variables, open timer and message subscriptions and
/// open incident steps. Events that only tell the host what to do (jobs, user tasks, call activities) change no
/// state here. <c>model</c> is the model the instance runs on at the end of the journal (after an
/// <see cref="InstanceMigrated"/>, the target); element ids before a migration are renamed by its
/// <see cref="ElementMigrated"/> events.
/// </summary>
public static partial class JournalReplay
{
    public static ProcessInstanceState Rebuild(ProcessModel model, IEnumerable<RuntimeEvent> events)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(events);
        ProcessInstanceState? state = null;
        foreach (var e in events)
        {
            if (e is InstanceStarted started)
            {
                state = new ProcessInstanceState(started.InstanceId, model);
                continue;
            }

            Apply(state ?? throw new InvalidOperationException($"The journal does not begin with {nameof(InstanceStarted)}."), e);
        }

        return state ?? throw new InvalidOperationException("The journal is empty.");
    }

    private static void Apply(ProcessInstanceState state, RuntimeEvent e)
    {
        switch (e)
        {
            case ElementActivated activated:
                Activated(state, activated);
                break;
            case MultiInstanceStarted mi:
                Find(state, mi.BodyInstanceId).MultiInstance = new MultiInstanceProgress(mi.Items);
                break;
            case JoinArrived arrived:
                Find(state, arrived.ElementInstanceId).Arrive(arrived.FlowId);
                break;
            case VariableSet variable:
                state.SetLocal(variable.Scope, variable.Name, variable.Value);
                break;
            case ElementCompleted completed:
                var element = Find(state, completed.ElementInstanceId);
                Finish(state, element, ElementInstanceState.Completed);
                if (BodyOf(state, element) is { MultiInstance: { } progress })
                {
                    progress.Completed++;
                }

                break;
            case ElementTerminated terminated:
                Finish(state, Find(state, terminated.ElementInstanceId), ElementInstanceState.Terminated);
                break;
            case ElementMigrated migrated:
                Find(state, migrated.ElementInstanceId).ElementId = migrated.ToElementId;
                break;
            case InstanceCompleted:
                state.Status = InstanceStatus.Completed;
                break;
            case InstanceTerminated:
                state.Status = InstanceStatus.Terminated;
                break;
            default:
                ApplyEventState(state, e);
                break;
        }
    }

    /// <summary>Element instances scoped to a multi-instance body with its element id are its inner instances.</summary>
    private static void Activated(ProcessInstanceState state, ElementActivated activated)
    {
        var element = state.Add(activated.ElementInstanceId, activated.ElementId, activated.ScopeId);
        element.IsMultiInstanceBody = activated.IsMultiInstanceBody;
        if (BodyOf(state, element)?.MultiInstance is { } progress)
        {
            progress.Created++;
        }
    }

    private static ElementInstance? BodyOf(ProcessInstanceState state, ElementInstance element) =>
        element.ScopeId is { } scope && state.FindElementInstance(scope) is { IsMultiInstanceBody: true } body && body.ElementId == element.ElementId
            ? body
            : null;

    private static void Finish(ProcessInstanceState state, ElementInstance element, ElementInstanceState end)
    {
        element.State = end;
        state.DropScope(element.Id);
    }

    private static ElementInstance Find(ProcessInstanceState state, Guid id) =>
        state.FindElementInstance(id) ?? throw new InvalidOperationException($"The journal names element instance {id} before its activation.");
}
