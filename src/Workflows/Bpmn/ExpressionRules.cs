using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>
/// Every value that starts with <c>=</c> is checked by the expression syntax port, with the field it sits in;
/// conditions must be expressions (Camunda 8 has no other condition language).
/// </summary>
internal static class ExpressionRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var message in context.Definition.Messages.Values)
        {
            CheckValue(context, message.Id, message.Position, ZeebeField(Zeebe.Subscription, Zeebe.CorrelationKey), message.CorrelationKey);
            CheckValue(context, message.Id, message.Position, $"{Element.Message}/@{BpmnAttribute.Name}", message.Name);
        }

        foreach (var (_, scope) in context.Scopes())
        {
            foreach (var flow in scope.Flows.Where(f => f.Condition is not null))
            {
                CheckExpression(context, flow.Id, flow.Position, Element.ConditionExpression, flow.Condition!);
            }
        }

        foreach (var (_, _, node) in context.Nodes())
        {
            foreach (var (field, value) in NodeFields.Of(node))
            {
                CheckValue(context, node.Id, node.Position, field, value);
            }

            if (node is Activity { MultiInstance.CompletionCondition: { } completion })
            {
                CheckExpression(context, node.Id, node.Position, Element.CompletionCondition, completion);
            }
        }
    }

    /// <summary>A field that must hold an expression.</summary>
    private static void CheckExpression(ValidationContext context, string id, SourcePosition position, string field, string value)
    {
        if (!value.StartsWith(ExpressionPrefix))
        {
            context.Report(BpmnErrors.ExpressionRequired, id, position, field);
            return;
        }

        CheckValue(context, id, position, field, value);
    }

    /// <summary>A field that holds a literal or an expression: only the expression is checked.</summary>
    private static void CheckValue(ValidationContext context, string id, SourcePosition position, string field, string? value)
    {
        if (value is null || !value.StartsWith(ExpressionPrefix))
        {
            return;
        }

        var error = context.Expressions.Check(value[1..]);
        if (error is not null)
        {
            context.Report(BpmnErrors.InvalidExpression, id, position, field, error.Message, error.Offset);
        }
    }
}
