using System.Runtime.CompilerServices;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>Lookups the event rules need, in document order (so runs are deterministic), built once per model.</summary>
internal sealed class ModelIndex
{
    private static readonly ConditionalWeakTable<ProcessModel, ModelIndex> Cache = [];

    private readonly Dictionary<string, List<BoundaryEvent>> _boundaries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IFlowScope> _scopeOf = new(StringComparer.Ordinal);

    private ModelIndex(ProcessModel model)
    {
        foreach (var scope in model.Scopes())
        {
            foreach (var node in scope.Nodes)
            {
                _scopeOf.TryAdd(node.Id, scope);
                if (node is BoundaryEvent boundary)
                {
                    if (!_boundaries.TryGetValue(boundary.AttachedToId, out var list))
                    {
                        _boundaries[boundary.AttachedToId] = list = [];
                    }

                    list.Add(boundary);
                }
            }
        }
    }

    public static ModelIndex Of(ProcessModel model) => Cache.GetValue(model, static m => new ModelIndex(m));

    public IReadOnlyList<BoundaryEvent> BoundariesOf(string activityId) =>
        _boundaries.TryGetValue(activityId, out var list) ? list : [];

    /// <summary>The process or sub-process whose graph holds <paramref name="nodeId"/>.</summary>
    public IFlowScope ScopeOf(string nodeId) => _scopeOf[nodeId];

    public static IEnumerable<SubProcess> EventSubProcessesOf(IFlowScope scope) =>
        scope.Nodes.OfType<SubProcess>().Where(s => s.TriggeredByEvent);

    /// <summary>An event sub-process starts at its one start event (the validator refuses a none start there).</summary>
    public static StartEvent StartOf(SubProcess eventSubProcess) => eventSubProcess.Nodes.OfType<StartEvent>().First();
}
