using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>A process's timer start events: planned on a scratch state, outside any instance (the host keeps them).</summary>
internal sealed partial class Execution
{
    public void OpenStartTimer(StartEvent start) =>
        _timers.Open(_state.Id, start, (TimerEventDefinition)start.Definition, new ScopeVariables(_state, _state.Id));

    public void RearmStartTimer(EventSubscription fired) => _timers.Rearm(fired, Model.FindNode(fired.ElementId)!);
}
