using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Sequence flows and gateways: taking a flow (and arriving at a join), and a gateway's choice of flows. A
/// collaborator of the run behind <see cref="IAgenda"/>; <see cref="InclusiveJoins"/> asks it to complete a join.
/// </summary>
internal sealed class FlowsAndGateways(IAgenda agenda)
{
    private ProcessInstanceState State => agenda.State;

    private ProcessModel Model => agenda.State.Model;

    /// <summary>
    /// Takes a flow. A parallel gateway with several incoming flows is a join: the arrival joins the oldest waiting
    /// join instance of that scope that has not yet seen this flow, else opens a new one (the next round); the join
    /// completes once every incoming flow has arrived.
    /// </summary>
    public void Take(SequenceFlow flow, Guid? scopeId)
    {
        agenda.Emit(new FlowTaken(agenda.Now, flow.Id));
        var target = Model.FindNode(flow.TargetId)!;
        var incoming = target is Gateway { Kind: GatewayKind.Parallel or GatewayKind.Inclusive } ? ModelGraph.Of(Model).Incoming(target.Id).Count : 1;
        if (incoming <= 1)
        {
            agenda.Enter(target, scopeId);
            return;
        }

        var join = State.ActiveElementInstances.FirstOrDefault(e =>
            e.ElementId == target.Id && e.ScopeId == scopeId && !e.ArrivedFlows.Contains(flow.Id));
        if (join is null)
        {
            join = State.Add(agenda.NewId(), target.Id, scopeId);
            agenda.Emit(new ElementActivated(agenda.Now, join.Id, target.Id, scopeId));
        }

        join.Arrive(flow.Id);
        agenda.Emit(new JoinArrived(agenda.Now, join.Id, flow.Id));
        if (join.ArrivedFlows.Count == incoming && target is Gateway { Kind: GatewayKind.Parallel })
        {
            agenda.ScheduleCompletion(join);
        }
    }

    /// <summary>A gateway takes the flows it chooses; false when it raised an incident instead (no flow, a failing condition).</summary>
    public bool TryCompleteGateway(ElementInstance element, Gateway gateway)
    {
        IReadOnlyList<SequenceFlow>? chosen = null;
        if (agenda.Guarded(element, () => chosen = ChooseFlows(element, gateway)) && chosen is not null)
        {
            agenda.Complete(element, chosen);
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

        var variables = new ScopeVariables(State, element.ScopeId ?? State.Id);
        var chosen = new List<SequenceFlow>();
        foreach (var flow in outgoing)
        {
            if (flow.Id != gateway.DefaultFlowId && (flow.Condition is null || agenda.Expressions.IsTrue(flow.Condition, variables)))
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
            agenda.RaiseIncident(element, $"No outgoing flow of gateway '{gateway.Id}' has a true condition, and it has no default flow.");
            return null;
        }

        return chosen;
    }
}
