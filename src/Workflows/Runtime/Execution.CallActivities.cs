using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Call activities: the host starts the child instance from <see cref="CallActivityStarted"/> and reports its end
/// through <see cref="Semantics.CompleteCallActivity"/>; until then the element waits. When the element is
/// terminated, its <see cref="ElementTerminated"/> tells the host to cancel the child.
/// </summary>
internal sealed partial class Execution
{
    private void StartCall(ElementInstance element, CallActivity call)
    {
        var processId = expressions.EvaluateText(call.ProcessId, new ScopeVariables(state, element.Id));
        if (string.IsNullOrEmpty(processId))
        {
            RaiseIncident(element, $"Call activity '{call.Id}' has no process id to call.");
            return;
        }

        _events.Add(new CallActivityStarted(Now, element.Id, processId, VariablesToPass(element, call)));
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
            for (Guid? scope = element.Id; scope is { } key; scope = state.ParentScopeOf(key))
            {
                chain.Add(key);
            }

            chain.Reverse();
            foreach (var scope in chain)
            {
                foreach (var (name, value) in state.VariablesOf(scope))
                {
                    passed[name] = value;
                }
            }

            return passed;
        }

        foreach (var input in call.IoMapping.Inputs)
        {
            if (state.TryGetLocal(element.Id, input.Target, out var value))
            {
                passed[input.Target] = value;
            }
        }

        return passed;
    }
}
