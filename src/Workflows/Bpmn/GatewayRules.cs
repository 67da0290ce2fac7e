using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Splitting gateways can always choose a way out, and conditions appear only where they are evaluated.</summary>
internal static class GatewayRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var (_, scope, node) in context.Nodes())
        {
            if (node is not Gateway gateway)
            {
                continue;
            }

            var outgoing = scope.Flows.Where(f => f.SourceId == gateway.Id).ToList();
            switch (gateway.Kind)
            {
                case GatewayKind.Exclusive or GatewayKind.Inclusive:
                    CheckConditions(context, gateway, outgoing);
                    break;
                case GatewayKind.EventBased:
                    CheckNoConditions(context, outgoing);
                    CheckEventTargets(context, scope, gateway, outgoing);
                    break;
                default:
                    CheckNoConditions(context, outgoing);
                    break;
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

    private static void CheckNoConditions(ValidationContext context, List<SequenceFlow> outgoing)
    {
        foreach (var flow in outgoing.Where(f => f.Condition is not null))
        {
            context.Report(BpmnErrors.ConditionNotAllowed, flow.Id, flow.Position, flow.Id);
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
            var target = scope.Nodes.FirstOrDefault(n => n.Id == flow.TargetId);
            var waits = target is ReceiveTask
                || target is IntermediateCatchEvent { Definition: TimerEventDefinition or MessageEventDefinition };
            if (target is not null && !waits && !context.IsRefused(target.Id))
            {
                context.Report(BpmnErrors.EventGatewayTarget, gateway, target.Id);
            }
        }
    }
}
