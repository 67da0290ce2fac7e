using System.Globalization;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>Wait states: a job for a worker, a task for a person. The token waits until <see cref="Semantics.CompleteWait"/>.</summary>
internal sealed partial class Execution
{
    private const int DefaultRetries = 3;

    private void CreateJob(ElementInstance element, JobTask task) => CreateJob(element, task, task.Job);

    /// <summary>A job for a task, or for a message throw or end event that carries one.</summary>
    private void CreateJob(ElementInstance element, FlowNode node, JobDefinition job)
    {
        var variables = new ScopeVariables(_state, element.Id);
        var type = _expressions.EvaluateText(job.Type, variables);
        var retriesText = _expressions.EvaluateText(job.Retries, variables);
        var retries = DefaultRetries;
        if (string.IsNullOrEmpty(type) || retriesText is not null && !int.TryParse(retriesText, CultureInfo.InvariantCulture, out retries))
        {
            RaiseIncident(element, $"Element '{node.Id}' has job type '{type}' and retries '{retriesText}': a type and a whole number are required.");
            return;
        }

        _events.Add(new JobCreated(Now, element.Id, type, retries, job.Headers));
    }

    /// <summary>
    /// A due or follow-up date: a date-time, or a duration from now (<c>P5D</c>) — counted in working days when the
    /// task carries <c>calendar = working-days</c> (issue 5), like a timer's.
    /// </summary>
    private DateTimeOffset? TaskInstant(UserTask task, string? text, Feel.IFeelVariables variables)
    {
        if (text is null)
        {
            return null;
        }

        var value = _expressions.Evaluate(text, variables);
        if (value.Kind is Feel.FeelKind.DaysTimeDuration or Feel.FeelKind.YearsMonthsDuration
            || (value.Kind == Feel.FeelKind.String && Feel.FeelTemporal.TryParseDuration(value.AsString(), out _)))
        {
            try
            {
                return _timers.After(task, Now, value);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
            {
                throw new Feel.FeelException($"'{text}' of '{task.Id}' ends outside the calendar's years: {e.Message}", e);
            }
        }

        return _expressions.InstantOf(value, text);
    }

    private void CreateUserTask(ElementInstance element, UserTask task)
    {
        var variables = new ScopeVariables(_state, element.Id);
        _events.Add(new UserTaskCreated(
            Now,
            element.Id,
            task.Name,
            _expressions.EvaluateText(task.Assignee, variables),
            _expressions.EvaluateList(task.CandidateGroups, variables),
            _expressions.EvaluateList(task.CandidateUsers, variables),
            TaskInstant(task, task.DueDate, variables),
            TaskInstant(task, task.FollowUpDate, variables),
            task.FormId ?? task.FormKey));
    }
}
