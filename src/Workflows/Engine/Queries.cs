using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Engine;

/// <summary>One page and the cursor of the next (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

public sealed record TaskQuery(
    Guid? InstanceId = null,
    string? CandidateGroup = null,
    string? CandidateUser = null,
    string? Assignee = null,
    UserTaskState? State = null,
    DateTimeOffset? DueBefore = null,
    string? After = null,
    int Limit = 50);

public sealed record TaskView(
    Guid Id,
    Guid InstanceId,
    string DefinitionKey,
    string ElementId,
    string? Name,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers,
    DateTimeOffset? DueAt,
    DateTimeOffset? FollowUpAt,
    string? FormKey,
    int? FormVersion,
    UserTaskState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt,
    string? CompletedBy)
{
    internal static TaskView Of(UserTaskRow t) => new(
        t.Id, t.InstanceId, t.DefinitionKey, t.ElementId, t.Name, t.Assignee, Split(t.CandidateGroups), Split(t.CandidateUsers),
        t.DueAt, t.FollowUpAt, t.FormKey, t.FormVersion, t.State, t.CreatedAt, t.EndedAt, t.CompletedBy);

    private static string[] Split(string names) => names.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Instance states as the API names them; <c>Incident</c> is an active instance with an open incident.</summary>
public enum InstanceStateFilter
{
    Active,
    Completed,
    Terminated,
    Incident,
}

public sealed record InstanceQuery(
    string? BusinessKey = null, string? DefinitionKey = null, InstanceStateFilter? State = null, string? After = null, int Limit = 50);

public sealed record InstanceSummary(
    Guid Id, string DefinitionKey, int Version, string? BusinessKey, string State, DateTimeOffset StartedAt, DateTimeOffset? EndedAt)
{
    internal static InstanceSummary Of(ProcessInstanceRow i) =>
        new(i.Id, i.DefinitionKey, i.DefinitionVersion, i.BusinessKey, StateName(i), i.StartedAt, i.EndedAt);

    internal static string StateName(ProcessInstanceRow i) =>
        i.State == InstanceState.Active && i.OpenIncidents > 0 ? "incident" : i.State.ToString().ToLowerInvariant();
}

public sealed record InstanceDetails(
    Guid Id,
    string DefinitionKey,
    int Version,
    string? BusinessKey,
    string State,
    IReadOnlyList<string> ActiveElementIds,
    IReadOnlyDictionary<string, FeelValue> Variables,
    Guid? ParentInstanceId,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt);

public sealed record JournalEntry(int Sequence, string Type, DateTimeOffset At, string Data);

public sealed record IncidentView(
    Guid Id, Guid InstanceId, Guid ElementInstanceId, string ElementId, IncidentKind Kind, string Message, IncidentState State,
    DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt);

public sealed record DefinitionSummary(
    Guid Id, string Key, int Version, string? Name, string Hash, DateTimeOffset DeployedAt, string? DeployedBy, string? ChangeNote);

public sealed record FormSummary(
    Guid Id, string FormId, int Version, string Hash, DateTimeOffset DeployedAt, string? DeployedBy, string? ChangeNote);
