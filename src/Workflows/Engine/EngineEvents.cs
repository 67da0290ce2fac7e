using LaiChau.Workflows.Runtime;

namespace LaiChau.Workflows.Engine;

// Journal entries for changes that happen outside the semantics (job and task bookkeeping).

public sealed record JobCompleted(DateTimeOffset At, Guid JobId, Guid ElementInstanceId, string? Worker) : RuntimeEvent(At);

public sealed record JobFailed(DateTimeOffset At, Guid JobId, Guid ElementInstanceId, int RetriesLeft, string? Message) : RuntimeEvent(At);

public sealed record UserTaskAssigned(DateTimeOffset At, Guid TaskId, string? Assignee, string By) : RuntimeEvent(At);

public sealed record UserTaskDueDateSet(DateTimeOffset At, Guid TaskId, DateTimeOffset? DueAt, string By) : RuntimeEvent(At);

public sealed record UserTaskCompleted(DateTimeOffset At, Guid TaskId, string By) : RuntimeEvent(At);
