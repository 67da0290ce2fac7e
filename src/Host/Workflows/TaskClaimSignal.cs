using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;

namespace LaiChau.Host.Workflows;

/// <summary>
/// Lets a process observe that someone took a task (R2.2, issue 17 point 8): after a claim, an assignment or a
/// completion the host publishes the message <c>task-claimed</c> with the instance's business key as correlation key,
/// as the system, without time to live (nothing waiting: nothing happens). The field report waits for it while it
/// repeats an urgent report's alert every hour. A separate command after the claim's: should it fail, the claim stands
/// and the next hourly alert is one too many, nothing is lost.
/// </summary>
public static partial class TaskClaimSignal
{
    public const string MessageName = "task-claimed";

    /// <summary>Through <see cref="MessagePublisher"/> like every message of the host (ADR 0021), as the system.</summary>
    public static async Task PublishAsync(WorkflowQueries queries, MessagePublisher publisher, Guid taskId, ILoggerFactory loggers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(loggers);
        try
        {
            var task = await queries.GetTaskAsync(taskId, TaskActor.Administrator("system"), ct);
            var instance = await queries.GetInstanceAsync(task.InstanceId, ct);
            if (instance.BusinessKey is { } key)
            {
                await publisher.PublishAsync(new PublishMessage(MessageName, key, new Dictionary<string, FeelValue>(), null, TimeSpan.Zero),
                    MessageSender.System("system"), ct);
            }
        }
        catch (Exception e) when (e is WorkflowException)
        {
            LogNotSignalled(loggers.CreateLogger(typeof(TaskClaimSignal)), taskId, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} was taken but task-claimed could not be published ({Exception})")]
    private static partial void LogNotSignalled(ILogger logger, Guid taskId, string exception);
}
