using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Inclusive join (ADR 6 point 3): arrivals are kept like a parallel join's, but the join fires once no other
/// token of its scope can still reach one of its not-yet-arrived incoming flows. A token inside a sub-process
/// counts as the sub-process's own element instance, which is in the join's scope. Checked when the agenda is
/// empty, so every token has moved as far as it can first.
/// </summary>
internal sealed partial class Execution
{
    private readonly HashSet<Guid> _stuckJoins = [];

    private static bool IsInclusiveJoin(FlowNode node, ModelGraph graph) =>
        node is Gateway { Kind: GatewayKind.Inclusive } && graph.Incoming(node.Id).Count > 1;

    /// <summary>
    /// Before a command moves any token: a join that may already fire raised an incident when it tried (every other
    /// one fired at the end of the previous command), so it waits for incident resolution instead of raising again.
    /// </summary>
    private void MarkStuckInclusiveJoins()
    {
        var graph = ModelGraph.Of(Model);
        foreach (var join in state.ActiveElementInstances.Where(e => e.ArrivedFlows.Count > 0))
        {
            if (Model.FindNode(join.ElementId) is Gateway gateway && IsInclusiveJoin(gateway, graph) && MayFire(join, graph))
            {
                _stuckJoins.Add(join.Id);
            }
        }
    }

    /// <summary>Fires every waiting inclusive join that may fire, oldest first; true when one did.</summary>
    private bool FireReadyInclusiveJoins()
    {
        var graph = ModelGraph.Of(Model);
        var fired = false;
        foreach (var join in state.ActiveElementInstances.Where(e => e.ArrivedFlows.Count > 0).ToList())
        {
            if (join.IsActive && !_stuckJoins.Contains(join.Id) && Model.FindNode(join.ElementId) is Gateway gateway
                && IsInclusiveJoin(gateway, graph) && MayFire(join, graph))
            {
                FireInclusiveJoin(join, gateway);
                fired = true;
            }
        }

        return fired;
    }

    private bool MayFire(ElementInstance join, ModelGraph graph)
    {
        var missing = graph.Incoming(join.ElementId).Where(f => !join.ArrivedFlows.Contains(f.Id)).ToList();
        return missing.Count == 0 || !state.ActiveElementInstances.Any(token =>
            token.ScopeId == join.ScopeId && token.ElementId != join.ElementId
            && missing.Exists(f => graph.CanReach(token.ElementId, f.Id)));
    }

    /// <summary>An inclusive join may also fork: its outgoing flows are chosen as for any inclusive gateway.</summary>
    private void FireInclusiveJoin(ElementInstance join, Gateway gateway)
    {
        IReadOnlyList<SequenceFlow>? chosen = null;
        if (Guarded(join, () => chosen = ChooseFlows(join, gateway)) && chosen is not null)
        {
            Complete(join, chosen);
        }
        else
        {
            _stuckJoins.Add(join.Id); // an incident: not retried within this command
        }
    }
}
