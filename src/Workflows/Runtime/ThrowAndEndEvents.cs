using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Throw and end events that do more than pass: a terminate end, a job to carry out (message), an error, an
/// escalation. A collaborator of the run behind <see cref="IAgenda"/>; what is thrown goes to <see cref="ErrorsAndEscalations"/>.
/// </summary>
internal sealed class ThrowAndEndEvents(IAgenda agenda, JobsAndUserTasks jobs, ErrorsAndEscalations errors)
{
    private ProcessInstanceState State => agenda.State;

    /// <summary>At activation; false when <paramref name="node"/> simply completes.</summary>
    public bool Activate(ElementInstance element, FlowNode node)
    {
        if (node is EndEvent { Definition: TerminateEventDefinition })
        {
            TerminateScopeExcept(element);
            agenda.Complete(element);
            return true;
        }

        var (definition, job) = node switch
        {
            EndEvent e => (e.Definition, e.Job),
            IntermediateThrowEvent t => (t.Definition, t.Job),
            _ => ((EventDefinition?)null, (JobDefinition?)null),
        };
        if (job is not null)
        {
            // Zeebe: a message throw or end event with a task definition behaves like a service task.
            agenda.Guarded(element, () => jobs.CreateJob(element, node, job));
            return true;
        }

        switch (definition)
        {
            case ErrorEventDefinition error:
                agenda.Guarded(element, () => errors.ThrowError(element, ThrownCode(element, error.ErrorCode), null, FiredEvents.NoVariables, byJob: false));
                return true;
            case EscalationEventDefinition escalation:
                string? code = null;
                if (agenda.Guarded(element, () => code = ThrownCode(element, escalation.EscalationCode)) && errors.ThrowEscalation(element, code))
                {
                    agenda.Complete(element);
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>A terminate end event ends every other token of its own scope (and what runs inside them).</summary>
    private void TerminateScopeExcept(ElementInstance end)
    {
        foreach (var element in State.ActiveElementInstances.Where(e => e.ScopeId == end.ScopeId && e != end).ToList())
        {
            agenda.Terminate(element);
        }
    }

    /// <summary>A thrown code may be an expression in Zeebe; it is evaluated in the thrower's scope.</summary>
    private string? ThrownCode(ElementInstance thrower, string? code) =>
        agenda.Expressions.EvaluateText(code, new ScopeVariables(State, thrower.Id));
}
