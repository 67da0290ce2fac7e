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
}
