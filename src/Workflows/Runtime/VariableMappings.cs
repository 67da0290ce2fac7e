using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Variables (ADR 6 point 4): inputs become local variables of the element instance, evaluated in order (a later
/// input sees an earlier one); outputs are evaluated in the element's scope and merged into its flow scope with
/// propagation, as Zeebe does: a name defined in the flow scope or a scope above it is updated there, a new one goes
/// to the process scope. A collaborator of the run behind <see cref="IAgenda"/>; a multi-instance activity's
/// collections are <see cref="MultiInstanceBodies"/>'s.
/// </summary>
internal sealed class VariableMappings(IAgenda agenda, MultiInstanceBodies multiInstance)
{
    private ProcessInstanceState State => agenda.State;

    public void Set(Guid scope, string name, FeelValue value)
    {
        var stored = StoredValue.Normalize(value);
        State.SetLocal(scope, name, stored);
        agenda.Emit(new VariableSet(agenda.Now, scope, name, stored));
    }

    /// <summary>
    /// Without output mappings, a completed wait's variables go to the nearest scope that defines the name, starting
    /// at the element itself (Zeebe: a local such as a nil-initialised multi-instance output element is updated in
    /// place), else to the process scope.
    /// </summary>
    public void Propagate(Guid from, string name, FeelValue value)
    {
        Guid? scope = from;
        while (scope is { } key)
        {
            if (State.TryGetLocal(key, name, out _))
            {
                Set(key, name, value);
                return;
            }

            scope = State.ParentScopeOf(key);
        }

        Set(State.Id, name, value);
    }

    public void ApplyInputs(ElementInstance element, FlowNode node)
    {
        var variables = new ScopeVariables(State, element.Id);
        foreach (var input in node.IoMapping.Inputs)
        {
            Set(element.Id, input.Target, agenda.Expressions.Evaluate(input.Source, variables));
        }
    }

    /// <summary>Runs before an element completes: a body hands its output collection on; an inner instance maps its outputs and collects its output element.</summary>
    public void ApplyOutputs(ElementInstance element, FlowNode node)
    {
        if (element.IsMultiInstanceBody)
        {
            multiInstance.HandOnOutputCollection(element, (Activity)node);
            return;
        }

        var variables = new ScopeVariables(State, element.Id);
        var flowScope = multiInstance.OutputScopeOf(element);
        var values = node.IoMapping.Outputs.Select(o => (o.Target, Value: agenda.Expressions.Evaluate(o.Source, variables))).ToList();
        foreach (var (target, value) in values)
        {
            Propagate(flowScope, target, value);
        }

        if (node is Activity activity)
        {
            multiInstance.CollectOutput(element, activity);
        }
    }
}
