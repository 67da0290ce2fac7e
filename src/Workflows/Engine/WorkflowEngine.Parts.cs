namespace LaiChau.Workflows.Engine;

/// <summary>
/// What the engine's readers and timer plumbing share with it (<see cref="WorkflowQueries"/>,
/// <see cref="WorkflowStatistics"/>, <see cref="WorkflowTimers"/>): one database, one definition cache, one rule for who sees a task.
/// </summary>
public sealed partial class WorkflowEngine
{
    internal IWorkflowDatabase Database => _database;

    internal EngineServices Services => _services;

    internal IUserTaskAuthorization Authorization => _authorization;

    internal Forms.IFormOptionSource? FormOptionSource => _formOptions;
}
