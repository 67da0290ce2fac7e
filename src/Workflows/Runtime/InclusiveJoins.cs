using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Inclusive join (ADR 6 point 3): arrivals are kept like a parallel join's, but the join fires once no other
/// token of its scope can still reach one of its not-yet-arrived incoming flows. A token inside a sub-process
/// counts as the sub-process's own element instance, which is in the join's scope. Checked when the agenda is
/// empty, so every token has moved as far as it can first.
/// </summary>
internal sealed class InclusiveJoins(IAgenda agenda, FlowsAndGateways gateways)
{
    /// <summary>Joins that raised an incident when they tried to fire: not tried again within this run.</summary>
    private readonly HashSet<Guid> _stuck = [];

    private ProcessInstanceState State => agenda.State;

    private ProcessModel Model => agenda.State.Model;

    /// <summary>
    /// Before a command moves any token: a join that may already fire raised an incident when it tried (every other
    /// one fired at the end of the previous command), so it waits for incident resolution instead of raising again.
    /// </summary>
    public void MarkStuck()
    {
        var graph = ModelGraph.Of(Model);
        foreach (var join in State.ActiveElementInstances.Where(e => e.ArrivedFlows.Count > 0))
        {
            if (Model.FindNode(join.ElementId) is Gateway gateway && IsInclusiveJoin(gateway, graph) && MayFire(join, graph))
            {
                _stuck.Add(join.Id);
            }
        }
    }

    /// <summary>Fires every waiting inclusive join that may fire, oldest first; true when one did.</summary>
    public bool FireReady()
    {
        var graph = ModelGraph.Of(Model);
        var fired = false;
        foreach (var join in State.ActiveElementInstances.Where(e => e.ArrivedFlows.Count > 0).ToList())
        {
            if (join.IsActive && !_stuck.Contains(join.Id) && Model.FindNode(join.ElementId) is Gateway gateway
                && IsInclusiveJoin(gateway, graph) && MayFire(join, graph))
            {
                // An inclusive join may also fork: its outgoing flows are chosen as for any inclusive gateway.
                if (!gateways.TryCompleteGateway(join, gateway))
                {
                    _stuck.Add(join.Id); // an incident: not retried within this command
                }

                fired = true;
            }
        }

        return fired;
    }

    private static bool IsInclusiveJoin(FlowNode node, ModelGraph graph) =>
        node is Gateway { Kind: GatewayKind.Inclusive } && graph.Incoming(node.Id).Count > 1;

    private bool MayFire(ElementInstance join, ModelGraph graph)
    {
        var missing = graph.Incoming(join.ElementId).Where(f => !join.ArrivedFlows.Contains(f.Id)).ToList();
        return missing.Count == 0 || !State.ActiveElementInstances.Any(token =>
            token.ScopeId == join.ScopeId && token.ElementId != join.ElementId
            && missing.Exists(f => graph.CanReach(token.ElementId, f.Id)));
    }
}
