using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Lookups over one scope, built once, so that rules stay linear in the size of a (possibly hostile) file.</summary>
internal sealed class ScopeIndex
{
    public ScopeIndex(IFlowScope scope)
    {
        foreach (var node in scope.Nodes)
        {
            NodesById.TryAdd(node.Id, node);
        }

        Outgoing = scope.Flows.ToLookup(f => f.SourceId, StringComparer.Ordinal);
        Boundaries = scope.Nodes.OfType<BoundaryEvent>().ToLookup(b => b.AttachedToId, StringComparer.Ordinal);
    }

    /// <summary>The first node with each id (repeats are reported by the identity rule).</summary>
    public Dictionary<string, FlowNode> NodesById { get; } = new(StringComparer.Ordinal);

    public ILookup<string, SequenceFlow> Outgoing { get; }

    public ILookup<string, BoundaryEvent> Boundaries { get; }

    public FlowNode? Node(string id) => NodesById.GetValueOrDefault(id);
}
