using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// What the runtime derives from a model's graph, computed once per <see cref="ProcessModel"/> and cached for as
/// long as the model lives (ADR 6 point 3: "reachability over the model's graph, cached per definition").
/// </summary>
internal sealed class ModelGraph
{
    private static readonly ConditionalWeakTable<ProcessModel, ModelGraph> Cache = new();

    private readonly FrozenDictionary<string, IReadOnlyList<SequenceFlow>> _incoming;
    private readonly FrozenDictionary<string, string> _scopeOf;
    private readonly FrozenDictionary<string, FrozenSet<string>> _reachingFlow;

    private ModelGraph(ProcessModel model)
    {
        _incoming = model.FlowsById.Values.GroupBy(f => f.TargetId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<SequenceFlow>)[.. g], StringComparer.Ordinal);
        _scopeOf = model.Scopes().SelectMany(s => s.Nodes.Select(n => (n.Id, Scope: s.Id)))
            .DistinctBy(n => n.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(n => n.Id, n => n.Scope, StringComparer.Ordinal);
        var reaching = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var join in model.NodesById.Values.OfType<Gateway>().Where(g => g.Kind == GatewayKind.Inclusive))
        {
            foreach (var flow in Incoming(join.Id))
            {
                reaching[flow.Id] = NodesReaching(model, flow, join.Id);
            }
        }

        _reachingFlow = reaching.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static ModelGraph Of(ProcessModel model) => Cache.GetValue(model, static m => new ModelGraph(m));

    public IReadOnlyList<SequenceFlow> Incoming(string nodeId) => _incoming.GetValueOrDefault(nodeId) ?? [];

    /// <summary>The id of the process or sub-process whose graph holds <paramref name="nodeId"/>.</summary>
    public string? ScopeOf(string nodeId) => _scopeOf.GetValueOrDefault(nodeId);

    /// <summary>
    /// Whether a token at <paramref name="nodeId"/> can still take <paramref name="flowId"/> (an incoming flow of an
    /// inclusive gateway) without passing through that gateway (BPMN 2.0 §13.4.3).
    /// </summary>
    public bool CanReach(string nodeId, string flowId) =>
        _reachingFlow.TryGetValue(flowId, out var nodes) && nodes.Contains(nodeId);

    /// <summary>Backwards from the flow's source; a boundary event is reached through its host.</summary>
    private FrozenSet<string> NodesReaching(ProcessModel model, SequenceFlow flow, string joinId)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        if (flow.SourceId != joinId)
        {
            found.Add(flow.SourceId);
            pending.Push(flow.SourceId);
        }

        while (pending.TryPop(out var node))
        {
            var predecessors = Incoming(node).Select(f => f.SourceId);
            if (model.FindNode(node) is BoundaryEvent boundary)
            {
                predecessors = predecessors.Append(boundary.AttachedToId);
            }

            foreach (var source in predecessors)
            {
                if (source != joinId && found.Add(source))
                {
                    pending.Push(source);
                }
            }
        }

        return found.ToFrozenSet(StringComparer.Ordinal);
    }
}
