namespace LaiChau.Workflows.Model;

/// <summary>A task for a person; each field is a literal or an <c>=</c> expression, as Zeebe writes them.</summary>
public sealed record UserTask : Activity
{
    public string? Assignee { get; init; }

    public string? CandidateGroups { get; init; }

    public string? CandidateUsers { get; init; }

    public string? DueDate { get; init; }

    public string? FollowUpDate { get; init; }

    public string? FormKey { get; init; }

    public string? FormId { get; init; }

    /// <summary>True when the task carries <c>zeebe:userTask</c> (a Camunda user task rather than a job-based one).</summary>
    public bool IsZeebeUserTask { get; init; }
}
