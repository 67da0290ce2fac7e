using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Variables (ADR 6 point 4): inputs become local variables of the element instance, evaluated in order (a later
/// input sees an earlier one); outputs are evaluated in the element's scope and merged into its flow scope with
/// propagation, as Zeebe does: a name defined in the flow scope or a scope above it is updated there, a new one goes
/// to the process scope.
/// </summary>
internal sealed partial class Execution
{
    public void Set(Guid scope, string name, FeelValue value)
    {
        var stored = StoredValue.Normalize(value);
        _state.SetLocal(scope, name, stored);
        _events.Add(new VariableSet(Now, scope, name, stored));
    }

    /// <summary>
    /// Without output mappings, a completed wait's variables go to the nearest scope that defines the name, starting
    /// at the element itself (Zeebe: a local such as a nil-initialised multi-instance output element is updated in
    /// place), else to the process scope.
    /// </summary>
    public void Propagate(ElementInstance element, string name, FeelValue value) => Propagate(element.Id, name, value);

    public void Propagate(Guid from, string name, FeelValue value)
    {
        Guid? scope = from;
        while (scope is { } key)
        {
            if (_state.TryGetLocal(key, name, out _))
            {
                Set(key, name, value);
                return;
            }

            scope = _state.ParentScopeOf(key);
        }

        Set(_state.Id, name, value);
    }

    private void ApplyInputs(ElementInstance element, FlowNode node)
    {
        var variables = new ScopeVariables(_state, element.Id);
        foreach (var input in node.IoMapping.Inputs)
        {
            Set(element.Id, input.Target, _expressions.Evaluate(input.Source, variables));
        }
    }

    /// <summary>Runs before an element completes: a body hands its output collection on; an inner instance maps its outputs and collects its output element.</summary>
    private void BeforeCompletion(ElementInstance element, FlowNode node)
    {
        if (element.IsMultiInstanceBody)
        {
            _multiInstance.HandOnOutputCollection(element, (Activity)node);
            return;
        }

        ApplyOutputs(element, node);
        if (node is Activity activity)
        {
            _multiInstance.CollectOutput(element, activity);
        }
    }

    private void ApplyOutputs(ElementInstance element, FlowNode node)
    {
        var variables = new ScopeVariables(_state, element.Id);
        var flowScope = _multiInstance.OutputScopeOf(element);
        var values = node.IoMapping.Outputs.Select(o => (o.Target, Value: _expressions.Evaluate(o.Source, variables))).ToList();
        foreach (var (target, value) in values)
        {
            Propagate(flowScope, target, value);
        }
    }
}
