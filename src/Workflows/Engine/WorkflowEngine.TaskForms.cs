using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Forms;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// A task's form as the host renders it: the form version the task keeps, the variables the task sees (initial data
/// for prefilling and conditions; never sent to callers as such) and the options of every choice.
/// </summary>
public sealed record TaskForm(
    TaskView Task,
    string? BusinessKey,
    Guid FormDefinitionId,
    string FormId,
    int FormVersion,
    FormDefinition Form,
    IReadOnlyDictionary<string, FeelValue> Variables,
    IReadOnlyDictionary<string, IReadOnlyList<FormOption>> Options);

/// <summary>Forms of user tasks (issue 16 points 1–2): read for rendering, and every completion checked against them.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>The task's form, or null when the task has none; a task the actor may not see does not exist.</summary>
    public async Task<TaskForm?> GetTaskFormAsync(Guid taskId, TaskActor actor, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var db = session.Context;
        var task = await db.Set<UserTaskRow>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null || !_authorization.MaySee(actor, task))
        {
            throw new WorkflowNotFoundException($"Task {taskId} does not exist.");
        }

        if (await FormOfAsync(db, task, ct) is not { } form)
        {
            return null;
        }

        var row = await db.Set<ProcessInstanceRow>().AsNoTracking().FirstAsync(i => i.Id == task.InstanceId, ct);
        var process = await _services.Definitions.GetAsync(db, row.DefinitionId, ct);
        var state = Runtime.InstanceSnapshot.Read(row.Snapshot, process.Model);
        var variables = state.FindElementInstance(task.Id) is null ? state.VariablesOf(state.Id) : VisibleVariables.Of(state, task.Id);
        var options = await FormOptions.ResolveAsync(form.Definition, variables, _formOptions, ct);
        return new TaskForm(TaskView.Of(task), row.BusinessKey, form.Id, form.FormId, form.Version, form.Definition, variables, options);
    }

    /// <summary>
    /// What a completion may pass on: with a form, only its visible fields' values, each rule checked; without a form,
    /// nothing (administrators excepted, as operators). Throws <see cref="WorkflowFormException"/> otherwise.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, FeelValue>> CheckCompletionAsync(
        CommandUnit unit, UserTaskRow task, InstanceAggregate instance, IReadOnlyDictionary<string, FeelValue> variables, TaskActor actor, CancellationToken ct)
    {
        if (await FormOfAsync(unit.Db, task, ct) is not { } form)
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

    /// <summary>The form version the task keeps; a task created before forms were versioned reads the latest of its form key.</summary>
    private async Task<DeployedForm?> FormOfAsync(DbContext db, UserTaskRow task, CancellationToken ct)
    {
        if (task.FormDefinitionId is { } id)
        {
            return await _services.Forms.GetAsync(db, id, ct);
        }

        return task.FormKey is { } key && await _services.Forms.LatestAsync(db, key, ct) is { } latest
            ? await _services.Forms.GetAsync(db, latest.Id, ct)
            : null;
    }
}
