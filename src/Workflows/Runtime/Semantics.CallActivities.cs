using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>Completing a call activity once the host's child instance completed.</summary>
public sealed partial class Semantics
{
    /// <summary>
    /// The child instance of a waiting call activity completed with <paramref name="childVariables"/> (its process
    /// variables). As in Zeebe: with output mappings the child's variables are locals of the call activity and only
    /// the mappings reach the flow scope; without, they propagate when <c>propagateAllChildVariables</c> (the default),
    /// else nothing does.
    /// </summary>
    public IReadOnlyList<RuntimeEvent> CompleteCallActivity(
        ProcessInstanceState state, Guid elementInstanceId, IReadOnlyDictionary<string, FeelValue> childVariables)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(childVariables);
        var element = state.FindElementInstance(elementInstanceId);
        if (state.Status != InstanceStatus.Active || element is not { IsActive: true, IsMultiInstanceBody: false }
            || state.Model.FindNode(element.ElementId) is not CallActivity call)
        {
            throw new InvalidOperationException($"Element instance {elementInstanceId} is not a waiting call activity of an active instance.");
        }

        var run = NewExecution(state);
        foreach (var (name, value) in childVariables)
        {
            if (call.IoMapping.Outputs.Count > 0)
            {
                run.Set(element.Id, name, value);
            }
            else if (call.PropagateAllChildVariables)
            {
                run.Propagate(element, name, value);
            }
        }

        run.ScheduleCompletion(element);
        run.Run();
        return run.Events;
    }
}
