using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>Sequence flows and gateways.</summary>
internal sealed partial class Execution
{
    /// <summary>
    /// Takes a flow. A parallel gateway with several incoming flows is a join: the arrival joins the oldest waiting
    /// join instance of that scope that has not yet seen this flow, else opens a new one (the next round); the join
    /// completes once every incoming flow has arrived.
    /// </summary>
    private void Take(SequenceFlow flow, Guid? scopeId)
    {
        _events.Add(new FlowTaken(Now, flow.Id));
        var target = Model.FindNode(flow.TargetId)!;
        var incoming = target is Gateway { Kind: GatewayKind.Parallel or GatewayKind.Inclusive } ? ModelGraph.Of(Model).Incoming(target.Id).Count : 1;
        if (incoming <= 1)
        {
            Enter(target, scopeId);
            return;
        }

        var join = _state.ActiveElementInstances.FirstOrDefault(e =>
            e.ElementId == target.Id && e.ScopeId == scopeId && !e.ArrivedFlows.Contains(flow.Id));
        if (join is null)
        {
            join = _state.Add(_newId(), target.Id, scopeId);
            _events.Add(new ElementActivated(Now, join.Id, target.Id, scopeId));
        }

        join.Arrive(flow.Id);
        _events.Add(new JoinArrived(Now, join.Id, flow.Id));
        if (join.ArrivedFlows.Count == incoming && target is Gateway { Kind: GatewayKind.Parallel })
        {
            ScheduleCompletion(join);
        }
    }

    public bool TryCompleteGateway(ElementInstance element, Gateway gateway)
    {
        IReadOnlyList<SequenceFlow>? chosen = null;
        if (Guarded(element, () => chosen = ChooseFlows(element, gateway)) && chosen is not null)
        {
            Complete(element, chosen);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A gateway's way out: parallel takes every flow; exclusive the first true (else default); inclusive every true
    /// (else default). Null after raising an incident when nothing can be taken.
    /// </summary>
    private List<SequenceFlow>? ChooseFlows(ElementInstance element, Gateway gateway)
    {
        var outgoing = Model.Outgoing(gateway.Id);
        if (gateway.Kind == GatewayKind.Parallel)
        {
            return [.. outgoing];
        }

        var variables = new ScopeVariables(_state, element.ScopeId ?? _state.Id);
        var chosen = new List<SequenceFlow>();
        foreach (var flow in outgoing)
        {
            if (flow.Id != gateway.DefaultFlowId && (flow.Condition is null || _expressions.IsTrue(flow.Condition, variables)))
            {
                chosen.Add(flow);
                if (gateway.Kind == GatewayKind.Exclusive)
                {
                    break;
                }
            }
        }

        if (chosen.Count == 0 && gateway.DefaultFlowId is { } defaultId)
        {
            chosen.Add(Model.FindFlow(defaultId)!);
        }

        if (chosen.Count == 0)
        {
            RaiseIncident(element, $"No outgoing flow of gateway '{gateway.Id}' has a true condition, and it has no default flow.");
            return null;
        }

        return chosen;
    }
}
