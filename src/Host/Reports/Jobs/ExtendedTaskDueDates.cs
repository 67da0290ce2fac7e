using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;

namespace LaiChau.Host.Reports.Jobs;

/// <summary>
/// R7.3, special cases: an approved extension moves the handling's deadline (<c>resolutionDue</c>); the open tasks
/// that were due at the old deadline (the definition gives them <c>=resolutionDue</c>) are due at the new one. Tasks
/// with a clock of their own (a verification's day, a coordination's two days) keep theirs.
/// </summary>
internal static class ExtendedTaskDueDates
{
    public static async Task FollowAsync(IServiceProvider services, Guid instanceId, DateTimeOffset previousDue, DateTimeOffset due, CancellationToken ct)
    {
        var system = TaskActor.Administrator("system");
        var tasks = services.GetRequiredService<WorkflowUserTasks>();
        var open = await services.GetRequiredService<WorkflowQueries>()
            .FindTasksAsync(new TaskQuery(InstanceId: instanceId, State: UserTaskState.Created, Limit: 200), system, ct);
        foreach (var task in open.Items.Where(t => t.DueAt == previousDue))
        {
            try
            {
                await tasks.SetTaskDueDateAsync(task.Id, due, system, ct);
            }
            catch (Exception e) when (e is WorkflowConflictException or WorkflowNotFoundException)
            {
                // Completed or ended meanwhile: nothing left to move.
            }
        }
    }
}
