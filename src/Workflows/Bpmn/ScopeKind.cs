namespace LaiChau.Workflows.Bpmn;

/// <summary>What kind of graph is being read: it decides which start events are allowed.</summary>
internal enum ScopeKind
{
    Process,
    SubProcess,
    EventSubProcess,
}
