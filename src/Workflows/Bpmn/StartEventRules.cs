using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>A scope starts in one defined way: at most one none start event (Camunda 8 refuses more).</summary>
internal static class StartEventRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var (process, scope) in context.Scopes())
        {
            var noneStarts = scope.Nodes.OfType<StartEvent>().Count(s => s.Definition is NoneEventDefinition && !context.IsRefused(s.Id));
            if (noneStarts > 1)
            {
                var position = scope is FlowNode node ? node.Position : process.Position;
                context.Report(BpmnErrors.TooManyStartEvents, scope.Id, position, scope.Id);
            }
        }
    }
}
