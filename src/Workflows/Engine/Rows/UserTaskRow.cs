namespace LaiChau.Workflows.Engine.Rows;

/// <summary>A task for a person. Its id is the element instance id of the user task, so completing it finds the token.</summary>
public sealed class UserTaskRow
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public required string DefinitionKey { get; init; }

    public required string ElementId { get; init; }

    public string? Name { get; set; }

    public string? Assignee { get; set; }

    /// <summary>Comma-separated, for display; queries use <see cref="UserTaskCandidateRow"/>.</summary>
    public required string CandidateGroups { get; set; }

    public required string CandidateUsers { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary><see cref="DueAt"/>, or <see cref="NoDueDate"/>: a non-null sort key sorts alike on every database.</summary>
    public DateTimeOffset DueOrder { get; set; }

    public DateTimeOffset? FollowUpAt { get; set; }

    /// <summary>The form the task names (<c>formId</c>, or a legacy <c>formKey</c>).</summary>
    public string? FormKey { get; set; }

    /// <summary>The form version that was the latest when the task was created: the task keeps it (an edited form never breaks an open task).</summary>
    public Guid? FormDefinitionId { get; set; }

    public int? FormVersion { get; set; }

    public UserTaskState State { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }

    public string? CompletedBy { get; set; }
}

public static class UserTaskOrder
{
    /// <summary>Tasks without a due date come last.</summary>
    public static readonly DateTimeOffset NoDueDate = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);
}

public enum UserTaskState
{
    Created,
    Completed,
    Canceled,
}

/// <summary>
/// One candidate group or user of a task, with the task's due date and openness copied in, so an inbox
/// ("open tasks of group X by due date") is one index range scan.
/// </summary>
public sealed class UserTaskCandidateRow
{
    public Guid TaskId { get; init; }

    public CandidateKind Kind { get; init; }

    public required string Name { get; init; }

    public bool IsOpen { get; set; }

    /// <summary>Copied from the task's <see cref="UserTaskRow.DueOrder"/>.</summary>
    public DateTimeOffset DueOrder { get; set; }
}

public enum CandidateKind
{
    Group,
    User,
}
