using System.Globalization;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Wait states: a job for a worker, a task for a person. The token waits until <see cref="Semantics.CompleteWait"/>.
/// A collaborator of the run behind <see cref="IAgenda"/>; due dates in working days ask <see cref="TimerSchedule"/>.
/// </summary>
internal sealed class JobsAndUserTasks(IAgenda agenda, TimerSchedule timers)
{
    private const int DefaultRetries = 3;

    private ProcessInstanceState State => agenda.State;

    /// <summary>The elements <see cref="Semantics.CompleteWait"/> completes: tasks for a worker or a person, and job events.</summary>
    internal static bool IsWait(FlowNode? node) => node is JobTask or UserTask || JobOf(node) is not null;

    internal static JobDefinition? JobOf(FlowNode? node) => node switch
    {
        JobTask t => t.Job,
        IntermediateThrowEvent t => t.Job,
        EndEvent e => e.Job,
        _ => null,
    };

    /// <summary>A job for a task, or for a message throw or end event that carries one.</summary>
    public void CreateJob(ElementInstance element, FlowNode node, JobDefinition job)
    {
        var variables = new ScopeVariables(State, element.Id);
        var type = agenda.Expressions.EvaluateText(job.Type, variables);
        var retriesText = agenda.Expressions.EvaluateText(job.Retries, variables);
        var retries = DefaultRetries;
        if (string.IsNullOrEmpty(type) || retriesText is not null && !int.TryParse(retriesText, CultureInfo.InvariantCulture, out retries))
        {
            agenda.RaiseIncident(element, $"Element '{node.Id}' has job type '{type}' and retries '{retriesText}': a type and a whole number are required.");
            return;
        }

        agenda.Emit(new JobCreated(agenda.Now, element.Id, type, retries, job.Headers));
    }

    /// <summary>Zeebe: resolving an unhandled job error makes the job available to workers again.</summary>
    public void CreateJobAgain(ElementInstance element)
    {
        var node = State.Model.FindNode(element.ElementId)!;
        agenda.Guarded(element, () => CreateJob(element, node, JobOf(node)!));
    }

    public void CreateUserTask(ElementInstance element, UserTask task)
    {
        var variables = new ScopeVariables(State, element.Id);
        agenda.Emit(new UserTaskCreated(
            agenda.Now,
            element.Id,
            task.Name,
            agenda.Expressions.EvaluateText(task.Assignee, variables),
            agenda.Expressions.EvaluateList(task.CandidateGroups, variables),
            agenda.Expressions.EvaluateList(task.CandidateUsers, variables),
            TaskInstant(task, task.DueDate, variables),
            TaskInstant(task, task.FollowUpDate, variables),
            task.FormId ?? task.FormKey));
    }

    /// <summary>
    /// A due or follow-up date: a date-time, or a duration from now (<c>P5D</c>) — counted in working days when the
    /// task carries <c>calendar = working-days</c> (issue 5), like a timer's.
    /// </summary>
    private DateTimeOffset? TaskInstant(UserTask task, string? text, IFeelVariables variables)
    {
        if (text is null)
        {
            return null;
        }

        var value = agenda.Expressions.Evaluate(text, variables);
        if (value.Kind is FeelKind.DaysTimeDuration or FeelKind.YearsMonthsDuration
            || (value.Kind == FeelKind.String && FeelTemporal.TryParseDuration(value.AsString(), out _)))
        {
            try
            {
                return timers.After(task, agenda.Now, value);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
            {
                throw new FeelException($"'{text}' of '{task.Id}' ends outside the calendar's years: {e.Message}", e);
            }
        }

        return agenda.Expressions.InstantOf(value, text);
    }
}
