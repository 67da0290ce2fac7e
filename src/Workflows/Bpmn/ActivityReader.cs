using System.Collections.Frozen;
using System.Xml.Linq;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Builds activity nodes and refuses the activity features outside the subset.</summary>
internal static class ActivityReader
{
    private static readonly JobDefinition NoJob = new(null, null, FrozenDictionary<string, string>.Empty);

    public static Activity? Read(XElement element, ReadContext context)
    {
        Activity? activity = element.Name.LocalName switch
        {
            Element.Task => new PassThroughTask { Id = context.IdOf(element) },
            // Decision: a manual task completes at once, as in Camunda 8 (docs/bpmn-subset.md).
            Element.ManualTask => new PassThroughTask { Id = context.IdOf(element), IsManual = true },
            Element.ServiceTask => Job(element, context, JobTaskKind.Service),
            Element.SendTask => Job(element, context, JobTaskKind.Send),
            Element.ScriptTask => Job(element, context, JobTaskKind.Script),
            Element.ReceiveTask => new ReceiveTask
            {
                Id = context.IdOf(element),
                Message = EventDefinitionReader.Message(element.Attr(BpmnAttribute.MessageRef), context),
            },
            Element.UserTask => UserTaskReader.Read(element, context),
            Element.CallActivity => Call(element, context),
            Element.SubProcess => SubProcessReader.Read(element, context),
            _ => null,
        };
        if (activity is null)
        {
            return null;
        }

        RefuseUnsupportedFeatures(element, context);
        return activity with { MultiInstance = ExtensionReader.MultiInstance(element) };
    }

    private static JobTask Job(XElement element, ReadContext context, JobTaskKind kind) =>
        new() { Id = context.IdOf(element), Kind = kind, Job = ExtensionReader.Job(element) ?? NoJob };

    private static CallActivity Call(XElement element, ReadContext context)
    {
        var called = element.ZeebeExtension(Zeebe.CalledElement);
        return new CallActivity
        {
            Id = context.IdOf(element),
            ProcessId = called.Attr(Zeebe.ProcessId),
            PropagateAllChildVariables = called?.BoolAttr(Zeebe.PropagateAllChildVariables, fallback: true) ?? true,
            PropagateAllParentVariables = called?.BoolAttr(Zeebe.PropagateAllParentVariables, fallback: true) ?? true,
        };
    }

    private static void RefuseUnsupportedFeatures(XElement element, ReadContext context)
    {
        if (element.BoolAttr(BpmnAttribute.IsForCompensation, fallback: false))
        {
            context.Refuse(BpmnErrors.UnsupportedCompensation, element);
        }

        if (element.BpmnChild(Element.StandardLoopCharacteristics) is not null)
        {
            context.Refuse(BpmnErrors.UnsupportedLoop, element);
        }

        // One error per kind of association: the activity id is what the modeler needs to find.
        foreach (var kind in new[] { Element.DataInputAssociation, Element.DataOutputAssociation })
        {
            if (element.BpmnChild(kind) is not null)
            {
                context.Refuse(BpmnErrors.UnsupportedDataAssociation, element, kind);
            }
        }
    }
}
