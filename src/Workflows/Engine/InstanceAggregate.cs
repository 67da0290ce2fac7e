using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Runtime;

namespace LaiChau.Workflows.Engine;

/// <summary>One instance loaded by a command: its row (the optimistic lock), its definition and its live state.</summary>
internal sealed class InstanceAggregate(ProcessInstanceRow row, DeployedProcess process, ProcessInstanceState state)
{
    public ProcessInstanceRow Row { get; } = row;

    public DeployedProcess Process { get; private set; } = process;

    public ProcessInstanceState State { get; private set; } = state;

    public Guid Id => Row.Id;

    public void MoveTo(DeployedProcess process, ProcessInstanceState state)
    {
        Process = process;
        State = state;
        Row.DefinitionId = process.Id;
        Row.DefinitionVersion = process.Version;
    }

    public void EnsureActive()
    {
        if (Row.State != InstanceState.Active)
        {
            throw new WorkflowConflictException($"Instance {Row.Id} is {Row.State.ToString().ToLowerInvariant()}.");
        }
    }

    /// <summary>
    /// A job or task row is read before the instance: a command that committed in between may have ended its element
    /// (an interrupting boundary, a completed sibling). The snapshot, read after the row, then no longer has it waiting,
    /// and the caller is told so instead of the semantics failing.
    /// </summary>
    public void EnsureWaiting(Guid elementInstanceId, string what)
    {
        EnsureActive();
        if (State.FindElementInstance(elementInstanceId) is not { IsActive: true })
        {
            throw new WorkflowConflictException($"{what} ended with its element: a concurrent command finished or interrupted it.");
        }
    }
}
