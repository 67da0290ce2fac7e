using LaiChau.Workflows.Engine.Rows;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// Who acts on a user task: a user id, the groups they belong to, whether they administer the engine, and whether
/// they may see every task without working on it (a supervisor, e.g. the monitoring centre).
/// </summary>
public sealed record TaskActor(string Id, IReadOnlyCollection<string> Groups, bool IsAdministrator, bool SeesAll = false)
{
    public static TaskActor Administrator(string id) => new(id, [], IsAdministrator: true);
}

/// <summary>
/// The host's say over user tasks (issue 4 point 3): who may see, work on (claim, complete) and assign a task.
/// The engine asks before every task command and filters every task query with <see cref="MaySee"/>'s rule.
/// </summary>
public interface IUserTaskAuthorization
{
    bool MaySee(TaskActor actor, UserTaskRow task);

    bool MayWork(TaskActor actor, UserTaskRow task);

    bool MayAssign(TaskActor actor, UserTaskRow task);
}

/// <summary>
/// The default rule, as in Camunda Tasklist: administrators everything; others a task assigned to them, or an
/// unassigned task where they are a candidate user or in a candidate group; only administrators assign.
/// </summary>
public sealed class CandidateTaskAuthorization : IUserTaskAuthorization
{
    public bool MaySee(TaskActor actor, UserTaskRow task) =>
        actor.IsAdministrator || actor.SeesAll || task.Assignee == actor.Id || IsCandidate(actor, task);

    public bool MayWork(TaskActor actor, UserTaskRow task) =>
        actor.IsAdministrator || task.Assignee == actor.Id || (task.Assignee is null && IsCandidate(actor, task));

    public bool MayAssign(TaskActor actor, UserTaskRow task) => actor.IsAdministrator;

    private static bool IsCandidate(TaskActor actor, UserTaskRow task) =>
        Split(task.CandidateUsers).Contains(actor.Id) || Split(task.CandidateGroups).Any(actor.Groups.Contains);

    private static string[] Split(string names) => names.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
