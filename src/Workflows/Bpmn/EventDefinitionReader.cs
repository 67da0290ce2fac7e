using System.Xml.Linq;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Reads the one event definition of an event and refuses kinds and combinations outside the subset.</summary>
internal static class EventDefinitionReader
{
    /// <summary>The definition, or null when the event was refused (the error is already reported).</summary>
    public static EventDefinition? Read(XElement ev, ReadContext context, IReadOnlySet<Type> allowed)
    {
        var definitions = ev.Elements()
            .Where(e => e.IsBpmn() && e.Name.LocalName.EndsWith(EventDefinitionSuffix, StringComparison.Ordinal))
            .ToList();
        if (definitions.Count > 1)
        {
            context.Refuse(BpmnErrors.MultipleEventDefinitions, ev);
            return null;
        }

        var source = definitions.FirstOrDefault();
        if (source is not null && Element.RefusedEventDefinitions.Contains(source.Name.LocalName))
        {
            context.Refuse(BpmnErrors.UnsupportedEventDefinition, ev, source.Name.LocalName);
            return null;
        }

        var definition = source is null ? NoneEventDefinition.Instance : Parse(source, context);
        if (definition is null || !allowed.Contains(definition.GetType()))
        {
            context.Refuse(BpmnErrors.UnsupportedEventKind, ev, ev.Name.LocalName, source?.Name.LocalName ?? NoneDefinition);
            return null;
        }

        return definition;
    }

    public static MessageEventDefinition Message(string? messageRef, ReadContext context)
    {
        var message = messageRef is null ? null : context.Messages.GetValueOrDefault(messageRef);
        return new MessageEventDefinition(messageRef, message?.Name, message?.CorrelationKey);
    }

    private static EventDefinition? Parse(XElement source, ReadContext context)
    {
        switch (source.Name.LocalName)
        {
            case Element.MessageEventDefinition:
                return Message(source.Attr(BpmnAttribute.MessageRef), context);
            case Element.TimerEventDefinition:
                return Timer(source);
            case Element.ErrorEventDefinition:
                var errorRef = source.Attr(BpmnAttribute.ErrorRef);
                return new ErrorEventDefinition(errorRef, errorRef is null ? null : context.Errors.GetValueOrDefault(errorRef));
            case Element.EscalationEventDefinition:
                var escalationRef = source.Attr(BpmnAttribute.EscalationRef);
                return new EscalationEventDefinition(escalationRef, escalationRef is null ? null : context.Escalations.GetValueOrDefault(escalationRef));
            case Element.TerminateEventDefinition:
                return TerminateEventDefinition.Instance;
            default:
                return null;
        }
    }

    private static TimerEventDefinition Timer(XElement source)
    {
        (string Name, TimerKind Kind)[] kinds =
            [(Element.TimeDate, TimerKind.Date), (Element.TimeDuration, TimerKind.Duration), (Element.TimeCycle, TimerKind.Cycle)];
        foreach (var (name, kind) in kinds)
        {
            if (source.BpmnChild(name) is { } value)
            {
                return new TimerEventDefinition(kind, value.Text() ?? "");
            }
        }

        return new TimerEventDefinition(TimerKind.Duration, "");
    }
}
