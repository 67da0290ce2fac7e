using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Splitting gateways can always choose a way out, and conditions appear only where they are evaluated.</summary>
internal static class GatewayRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var (_, scope) in context.Scopes())
        {
            CheckConditionsOnlyOutOfDecisions(context, scope);
        }

        foreach (var (_, scope, node) in context.Nodes())
        {
            if (node is not Gateway gateway)
            {
                continue;
            }

            var outgoing = context.Index(scope).Outgoing[gateway.Id].ToList();
            if (gateway.Kind is GatewayKind.Exclusive or GatewayKind.Inclusive)
            {
                CheckConditions(context, gateway, outgoing);
            }
            else if (gateway.Kind == GatewayKind.EventBased)
            {
                CheckEventTargets(context, scope, gateway, outgoing);
            }
        }
    }

    // Camunda 8 evaluates conditions only at exclusive and inclusive gateways; elsewhere they would be ignored silently.
    private static void CheckConditionsOnlyOutOfDecisions(ValidationContext context, IFlowScope scope)
    {
        foreach (var flow in scope.Flows.Where(f => f.Condition is not null))
        {
            var source = context.Index(scope).Node(flow.SourceId);
            var decides = source is Gateway { Kind: GatewayKind.Exclusive or GatewayKind.Inclusive };
            if (source is not null && !decides && !context.IsRefused(source.Id))
            {
                context.Report(BpmnErrors.ConditionNotAllowed, flow.Id, flow.Position, flow.Id);
            }
        }
    }

    private static void CheckConditions(ValidationContext context, Gateway gateway, List<SequenceFlow> outgoing)
    {
        if (gateway.DefaultFlowId is { } defaultId && outgoing.All(f => f.Id != defaultId))
        {
            context.Report(BpmnErrors.DefaultNotOutgoing, gateway, defaultId);
        }

        if (outgoing.Count <= 1)
        {
            return;
        }

        foreach (var flow in outgoing.Where(f => f.Condition is null && f.Id != gateway.DefaultFlowId))
        {
            context.Report(BpmnErrors.MissingCondition, flow.Id, flow.Position, flow.Id);
        }
    }

    private static void CheckEventTargets(ValidationContext context, IFlowScope scope, Gateway gateway, List<SequenceFlow> outgoing)
    {
        if (outgoing.Count < 2)
        {
            context.Report(BpmnErrors.EventGatewayTooFewTargets, gateway);
        }

        foreach (var flow in outgoing)
        {
            var target = context.Index(scope).Node(flow.TargetId);
            var waits = target is ReceiveTask
                || target is IntermediateCatchEvent { Definition: TimerEventDefinition or MessageEventDefinition };
            if (target is not null && !waits && !context.IsRefused(target.Id))
            {
                context.Report(BpmnErrors.EventGatewayTarget, gateway, target.Id);
            }
        }
    }
}
