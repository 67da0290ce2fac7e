using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Flows connect nodes of one scope, boundary events sit on an activity of their scope, and every node can be reached.</summary>
internal static class GraphRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var (process, scope) in context.Scopes())
        {
            var index = context.Index(scope);
            var byId = index.NodesById;

            foreach (var flow in scope.Flows)
            {
                foreach (var end in new[] { flow.SourceId, flow.TargetId }.Where(e => !byId.ContainsKey(e)))
                {
                    context.Report(BpmnErrors.FlowEndMissing, flow.Id, flow.Position, end);
                }

                if (byId.GetValueOrDefault(flow.TargetId) is StartEvent or BoundaryEvent or SubProcess { TriggeredByEvent: true })
                {
                    context.Report(BpmnErrors.FlowIntoEvent, flow.Id, flow.Position, flow.Id);
                }

                if (byId.GetValueOrDefault(flow.SourceId) is EndEvent or SubProcess { TriggeredByEvent: true })
                {
                    context.Report(BpmnErrors.FlowOutOfEnd, flow.Id, flow.Position, flow.Id);
                }
            }

            foreach (var boundary in scope.Nodes.OfType<BoundaryEvent>().Where(b => !context.IsRefused(b.Id)))
            {
                if (byId.GetValueOrDefault(boundary.AttachedToId) is not Activity)
                {
                    context.Report(BpmnErrors.BoundaryHostMissing, boundary, boundary.AttachedToId);
                }
            }

            CheckReachable(context, process, scope, index);
        }
    }

    private static void CheckReachable(ValidationContext context, ProcessModel process, IFlowScope scope, ScopeIndex index)
    {
        // An empty process is a black-box pool and does not run; an empty sub-process would never complete.
        if (scope.Nodes.Count == 0 && scope is ProcessModel)
        {
            return;
        }

        if (!scope.Nodes.OfType<StartEvent>().Any())
        {
            var position = scope is FlowNode node ? node.Position : process.Position;
            context.Report(BpmnErrors.NoStartEvent, scope.Id, position, scope.Id);
            return;
        }

        // Roots: start events, event sub-processes (started by their own start event) and refused placeholders,
        // whose meaning we do not know and whose successors should not be reported as well.
        var pending = new Queue<FlowNode>(scope.Nodes.Where(n =>
            n is StartEvent || n is SubProcess { TriggeredByEvent: true } || context.IsRefused(n.Id)));
        var reached = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var node))
        {
            if (!reached.Add(node.Id))
            {
                continue;
            }

            foreach (var next in index.Outgoing[node.Id].Select(f => index.Node(f.TargetId)).OfType<FlowNode>())
            {
                pending.Enqueue(next);
            }

            foreach (var boundary in index.Boundaries[node.Id])
            {
                pending.Enqueue(boundary);
            }
        }

        foreach (var node in scope.Nodes.Where(n => !reached.Contains(n.Id)))
        {
            // A boundary event on an unreached activity is implied by the error on that activity.
            if (node is not BoundaryEvent boundary || reached.Contains(boundary.AttachedToId) || !index.NodesById.ContainsKey(boundary.AttachedToId))
            {
                context.Report(BpmnErrors.Unreachable, node, node.Id);
            }
        }
    }
}
