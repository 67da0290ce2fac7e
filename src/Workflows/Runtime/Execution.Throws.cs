using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>Throw and end events that do more than pass: a job to carry out (message), an error, an escalation.</summary>
internal sealed partial class Execution
{
    /// <summary>False when <paramref name="node"/> simply completes at activation.</summary>
    private bool ActivateThrowingEvent(ElementInstance element, FlowNode node)
    {
        var (definition, job) = node switch
        {
            EndEvent e => (e.Definition, e.Job),
            IntermediateThrowEvent t => (t.Definition, t.Job),
            _ => ((EventDefinition?)null, (JobDefinition?)null),
        };
        if (job is not null)
        {
            // Zeebe: a message throw or end event with a task definition behaves like a service task.
            Guarded(element, () => CreateJob(element, node, job));
            return true;
        }

        switch (definition)
        {
            case ErrorEventDefinition error:
                Guarded(element, () => _errors.ThrowError(element, ThrownCode(element, error.ErrorCode), null, NoVariables, byJob: false));
                return true;
            case EscalationEventDefinition escalation:
                string? code = null;
                if (Guarded(element, () => code = ThrownCode(element, escalation.EscalationCode)) && _errors.ThrowEscalation(element, code))
                {
                    Complete(element);
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>A job reports a BPMN error (<see cref="Semantics.ThrowError"/>).</summary>
    public void ThrowError(ElementInstance thrower, string? code, string? message, IReadOnlyDictionary<string, Feel.FeelValue> variables, bool byJob) =>
        _errors.ThrowError(thrower, code, message, variables, byJob);

    /// <summary>A thrown code may be an expression in Zeebe; it is evaluated in the thrower's scope.</summary>
    private string? ThrownCode(ElementInstance thrower, string? code) =>
        _expressions.EvaluateText(code, new ScopeVariables(_state, thrower.Id));
}
