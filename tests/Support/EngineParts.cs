using LaiChau.Workflows.Engine;

namespace LaiChau.Testing;

/// <summary>
/// The readers and the timer plumbing of an engine a test holds (the host registers the same ones in its container):
/// they share the engine's database and definition cache, so a test reads what its commands wrote.
/// </summary>
public static class EngineParts
{
    public static WorkflowQueries Queries(this WorkflowEngine engine) => new(engine);

    public static WorkflowStatistics Statistics(this WorkflowEngine engine) => new(engine);

    public static WorkflowTimers Timers(this WorkflowEngine engine) => new(engine);
}
