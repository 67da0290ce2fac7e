using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Call activities: the host starts the child instance from <see cref="CallActivityStarted"/> and reports its end
/// through <see cref="Semantics.CompleteCallActivity"/>; until then the element waits. When the element is
/// terminated, its <see cref="ElementTerminated"/> tells the host to cancel the child.
/// </summary>
internal sealed class CallActivities(IAgenda agenda)
{
    private ProcessInstanceState State => agenda.State;

    /// <summary>At activation: the process id to call (an incident when it is empty) and the variables the child gets.</summary>
    public void Start(ElementInstance element, CallActivity call)
    {
        var processId = agenda.Expressions.EvaluateText(call.ProcessId, new ScopeVariables(State, element.Id));
        if (string.IsNullOrEmpty(processId))
        {
            agenda.RaiseIncident(element, $"Call activity '{call.Id}' has no process id to call.");
            return;
        }

        agenda.Emit(new CallActivityStarted(agenda.Now, element.Id, processId, VariablesToPass(element, call)));
    }

    /// <summary>
    /// Zeebe: with propagateAllParentVariables every variable visible from the call activity (its input mappings'
    /// locals winning), else only the input mappings' variables.
    /// </summary>
    private Dictionary<string, FeelValue> VariablesToPass(ElementInstance element, CallActivity call)
    {
        var passed = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        if (call.PropagateAllParentVariables)
        {
            var chain = new List<Guid>();
            for (Guid? scope = element.Id; scope is { } key; scope = State.ParentScopeOf(key))
            {
                chain.Add(key);
            }

            chain.Reverse();
            foreach (var scope in chain)
            {
                foreach (var (name, value) in State.VariablesOf(scope))
                {
                    passed[name] = value;
                }
            }

            return passed;
        }

        foreach (var input in call.IoMapping.Inputs)
        {
            if (State.TryGetLocal(element.Id, input.Target, out var value))
            {
                passed[input.Target] = value;
            }
        }

        return passed;
    }
}
