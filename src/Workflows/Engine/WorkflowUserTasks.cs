using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Forms;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>User tasks (issue 4 point 3): claim, unclaim, assign, complete — each checked by <see cref="IUserTaskAuthorization"/>.</summary>
public sealed class WorkflowUserTasks : WorkflowEnginePart
{
    private readonly IUserTaskAuthorization _authorization;
    private readonly IFormOptionSource? _formOptions;
    private readonly FeelContext _feel;

    internal WorkflowUserTasks(CommandRunner runner, IUserTaskAuthorization authorization, IFormOptionSource? formOptions, FeelContext feel)
        : base(runner)
    {
        _authorization = authorization;
        _formOptions = formOptions;
        _feel = feel;
    }

    /// <summary>Takes an unassigned task (or one already the actor's: claiming twice is harmless).</summary>
    public Task ClaimTaskAsync(Guid taskId, TaskActor actor, CancellationToken ct = default) =>
        RunTaskCommandAsync(taskId, actor, async (unit, task, instance) =>
        {
            if (!_authorization.MayWork(actor, task))
            {
                throw Forbidden(actor, task, "claim");
            }

            if (task.Assignee is { } current && current != actor.Id)
            {
                throw new WorkflowConflictException($"Task {taskId} is already assigned to '{current}'.");
            }

            Assign(unit, instance, task, actor.Id, actor);
            await Task.CompletedTask;
        }, ct);

    public Task UnclaimTaskAsync(Guid taskId, TaskActor actor, CancellationToken ct = default) =>
        RunTaskCommandAsync(taskId, actor, async (unit, task, instance) =>
        {
            if (task.Assignee != actor.Id && !_authorization.MayAssign(actor, task))
            {
                throw Forbidden(actor, task, "unclaim");
            }

            Assign(unit, instance, task, null, actor);
            await Task.CompletedTask;
        }, ct);

    public Task AssignTaskAsync(Guid taskId, string? assignee, TaskActor actor, CancellationToken ct = default) =>
        RunTaskCommandAsync(taskId, actor, async (unit, task, instance) =>
        {
            if (!_authorization.MayAssign(actor, task))
            {
                throw Forbidden(actor, task, "assign");
            }

            Assign(unit, instance, task, string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim(), actor);
            await Task.CompletedTask;
        }, ct);

    /// <summary>Moves an open task's due date (an operator's command: e.g. an approved extension of the deadline, R7.3).</summary>
    public Task SetTaskDueDateAsync(Guid taskId, DateTimeOffset? dueAt, TaskActor actor, CancellationToken ct = default) =>
        RunTaskCommandAsync(taskId, actor, async (unit, task, instance) =>
        {
            if (!_authorization.MayAssign(actor, task))
            {
                throw Forbidden(actor, task, "reschedule");
            }

            (task.DueAt, task.DueOrder) = (dueAt, dueAt ?? UserTaskOrder.NoDueDate);
            unit.Journal(instance, new UserTaskDueDateSet(unit.Now, task.Id, dueAt, actor.Id));
            await Task.CompletedTask;
        }, ct);

    /// <summary>Completes the task with <paramref name="variables"/>; the token moves on in the same transaction.</summary>
    public Task CompleteTaskAsync(
        Guid taskId, TaskActor actor, IReadOnlyDictionary<string, FeelValue> variables, CancellationToken ct = default) =>
        CompleteTaskAsync(taskId, actor, variables, alongside: null, ct);

    /// <summary>
    /// As above, checked against the task's form (<see cref="WorkflowFormException"/>); <paramref name="alongside"/>
    /// adds the caller's own rows (e.g. the attachments of a file field) to the same transaction, so both commit or neither.
    /// </summary>
    public Task CompleteTaskAsync(
        Guid taskId,
        TaskActor actor,
        IReadOnlyDictionary<string, FeelValue> variables,
        Func<DbContext, CancellationToken, Task>? alongside,
        CancellationToken ct = default) =>
        RunTaskCommandAsync(taskId, actor, async (unit, task, instance) =>
        {
            if (!_authorization.MayWork(actor, task))
            {
                throw Forbidden(actor, task, "complete");
            }

            var values = await CheckCompletionAsync(unit, task, instance, variables, actor, ct);
            task.CompletedBy = actor.Id;
            unit.Journal(instance, new UserTaskCompleted(unit.Now, task.Id, actor.Id));
            await unit.ApplyAsync(instance, Services.Semantics.CompleteWait(instance.State, task.Id, values), ct);
            if (alongside is not null)
            {
                await alongside(unit.Db, ct);
            }
        }, ct);

    private Task RunTaskCommandAsync(
        Guid taskId, TaskActor actor, Func<CommandUnit, UserTaskRow, InstanceAggregate, Task> change, CancellationToken ct) =>
        Runner.RunAsync(async unit =>
        {
            var found = await unit.LoadWithInstanceAsync<UserTaskRow>(t => t.Id == taskId, t => t.InstanceId, ct);
            if (found is not { Row: var task, Instance: var instance } || !_authorization.MaySee(actor, task))
            {
                // A task the actor may not see is reported as missing: its existence is not disclosed.
                throw new WorkflowNotFoundException($"Task {taskId} does not exist.");
            }

            if (task.State != UserTaskState.Created)
            {
                throw new WorkflowConflictException($"Task {taskId} is {task.State.ToString().ToLowerInvariant()} already.");
            }

            instance.EnsureWaiting(task.Id, $"Task {taskId}");
            await change(unit, task, instance);
            return true;
        }, ct);

    /// <summary>
    /// What a completion may pass on: with a form, only its visible fields' values, each rule checked; without a form,
    /// nothing (administrators excepted, as operators). Throws <see cref="WorkflowFormException"/> otherwise.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, FeelValue>> CheckCompletionAsync(
        CommandUnit unit, UserTaskRow task, InstanceAggregate instance, IReadOnlyDictionary<string, FeelValue> variables, TaskActor actor, CancellationToken ct)
    {
        if (await Services.Forms.OfTaskAsync(unit.Db, task, ct) is not { } form)
        {
            return variables.Count == 0 || actor.IsAdministrator ? variables
                : throw new WorkflowFormException(
                    $"Task {task.Id} has no form: its completion sets no variables.",
                    [.. variables.Keys.Select(k => new FormFieldError(k, $"Công việc này không có biểu mẫu; '{k}' không được nhận.", $"This task has no form; '{k}' is not taken."))],
                    [.. variables.Keys.Order(StringComparer.Ordinal)]);
        }

        var visible = VisibleVariables.Of(instance.State, task.Id);
        var options = await FormOptions.ResolveAsync(form.Definition, visible, _formOptions, ct);
        var check = FormSubmission.Check(form.Definition, variables, visible, options, _feel);
        if (!check.IsValid)
        {
            var unknown = check.UnknownKeys.Select(k => new FormFieldError(k,
                $"'{k}' không phải trường của biểu mẫu '{form.FormId}'.", $"'{k}' is not a field of form '{form.FormId}'."));
            throw new WorkflowFormException(
                check.UnknownKeys.Count > 0
                    ? $"Not fields of form '{form.FormId}' v{form.Version}: {string.Join(", ", check.UnknownKeys)}."
                    : $"The completion does not satisfy form '{form.FormId}' v{form.Version}: {string.Join(" ", check.Errors.Select(e => $"{e.Key}: {e.MessageEn}"))}",
                [.. unknown, .. check.Errors],
                check.UnknownKeys);
        }

        return check.Values;
    }

    private static void Assign(CommandUnit unit, InstanceAggregate instance, UserTaskRow task, string? assignee, TaskActor actor)
    {
        task.Assignee = assignee;
        unit.Journal(instance, new UserTaskAssigned(unit.Now, task.Id, assignee, actor.Id));
    }

    private static WorkflowForbiddenException Forbidden(TaskActor actor, UserTaskRow task, string what) =>
        new($"'{actor.Id}' may not {what} task {task.Id}.");
}
