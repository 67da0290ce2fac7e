namespace LaiChau.Workflows.Engine;

/// <summary>
/// What every command part of the engine holds (ADR 30): the engine's one <see cref="CommandRunner"/>, and through
/// it the database and services all parts share. Nothing public: a part's API is its own commands.
/// </summary>
public abstract class WorkflowEnginePart
{
    private protected WorkflowEnginePart(CommandRunner runner) => Runner = runner;

    private protected CommandRunner Runner { get; }

    private protected IWorkflowDatabase Database => Runner.Database;

    private protected EngineServices Services => Runner.Services;
}
