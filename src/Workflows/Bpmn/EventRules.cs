using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Error boundaries interrupt, references resolve, and message catches can be correlated.</summary>
internal static class EventRules
{
    private const string ErrorKind = ZeebeVocabulary.Element.Error;
    private const string EscalationKind = ZeebeVocabulary.Element.Escalation;
    private const string MessageKind = ZeebeVocabulary.Element.Message;

    public static void Check(ValidationContext context)
    {
        foreach (var (process, scope, node) in context.Nodes())
        {
            if (node is BoundaryEvent { Definition: ErrorEventDefinition, CancelActivity: false })
            {
                context.Report(BpmnErrors.ErrorBoundaryNotInterrupting, node);
            }

            if (node is StartEvent { Definition: ErrorEventDefinition, IsInterrupting: false })
            {
                context.Report(BpmnErrors.ErrorStartNotInterrupting, node);
            }

            var isThrow = node is EndEvent or IntermediateThrowEvent;
            switch (DefinitionOf(node))
            {
                case ErrorEventDefinition error:
                    CheckReference(context, node, ErrorKind, error.ErrorRef, context.Definition.Errors.ContainsKey, required: isThrow);
                    CheckCode(context, node, ErrorKind, error.ErrorRef, error.ErrorCode, isThrow, context.Definition.Errors.ContainsKey);
                    break;
                case EscalationEventDefinition escalation:
                    CheckReference(context, node, EscalationKind, escalation.EscalationRef, context.Definition.Escalations.ContainsKey, required: isThrow);
                    CheckCode(context, node, EscalationKind, escalation.EscalationRef, escalation.EscalationCode, isThrow, context.Definition.Escalations.ContainsKey);
                    break;
                case MessageEventDefinition message when !isThrow:
                    // Camunda 8: only a process's own message start event is correlated without a key.
                    CheckMessage(context, node, message, needsKey: !(node is StartEvent && ReferenceEquals(scope, process)));
                    break;
            }
        }
    }

    private static EventDefinition? DefinitionOf(FlowNode node) => node switch
    {
        StartEvent e => e.Definition,
        EndEvent e => e.Definition,
        IntermediateCatchEvent e => e.Definition,
        IntermediateThrowEvent e => e.Definition,
        BoundaryEvent e => e.Definition,
        ReceiveTask t => t.Message,
        _ => null,
    };

    private static void CheckReference(ValidationContext context, FlowNode node, string kind, string? reference, Func<string, bool> exists, bool required)
    {
        if (reference is null)
        {
            // A catching error or escalation event without a reference catches all of them.
            if (required)
            {
                context.Report(BpmnErrors.MissingReference, node, kind);
            }
        }
        else if (!exists(reference))
        {
            context.Report(BpmnErrors.UnresolvedReference, node, kind, reference);
        }
    }

    // A thrown error or escalation is caught by its code, so a resolved reference without a code cannot be caught.
    private static void CheckCode(ValidationContext context, FlowNode node, string kind, string? reference, string? code, bool isThrow, Func<string, bool> exists)
    {
        if (isThrow && reference is not null && exists(reference) && code is null)
        {
            context.Report(BpmnErrors.ThrownWithoutCode, node, kind, reference);
        }
    }

    private static void CheckMessage(ValidationContext context, FlowNode node, MessageEventDefinition message, bool needsKey)
    {
        if (message.MessageRef is null)
        {
            context.Report(BpmnErrors.MissingReference, node, MessageKind);
            return;
        }

        if (!context.Definition.Messages.ContainsKey(message.MessageRef))
        {
            context.Report(BpmnErrors.UnresolvedReference, node, MessageKind, message.MessageRef);
            return;
        }

        if (message.MessageName is null)
        {
            context.Report(BpmnErrors.MessageWithoutName, node, message.MessageRef);
        }

        if (needsKey && message.CorrelationKey is null)
        {
            context.Report(BpmnErrors.MessageWithoutCorrelationKey, node, message.MessageRef);
        }
    }
}
