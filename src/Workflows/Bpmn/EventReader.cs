using System.Collections.Frozen;
using System.Xml.Linq;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Builds event nodes. A refused event keeps its place in the graph (with a none definition) so that
/// its neighbours are not reported as unreachable too.</summary>
internal static class EventReader
{
    public static FlowNode? Read(XElement element, ReadContext context, ScopeKind scope)
    {
        var id = context.IdOf(element);
        switch (element.Name.LocalName)
        {
            case Element.StartEvent:
                var start = EventDefinitionReader.Read(element, context, EventKinds.StartIn(scope));
                return new StartEvent
                {
                    Id = id,
                    Definition = start ?? NoneEventDefinition.Instance,
                    IsInterrupting = element.BoolAttr(BpmnAttribute.IsInterrupting, fallback: true),
                };
            case Element.EndEvent:
                var end = EventDefinitionReader.Read(element, context, EventKinds.End);
                return new EndEvent { Id = id, Definition = end ?? NoneEventDefinition.Instance, Job = JobFor(element, end) };
            case Element.IntermediateCatchEvent:
                var caught = EventDefinitionReader.Read(element, context, EventKinds.IntermediateCatch);
                return new IntermediateCatchEvent { Id = id, Definition = caught ?? NoneEventDefinition.Instance };
            case Element.IntermediateThrowEvent:
                var thrown = EventDefinitionReader.Read(element, context, EventKinds.IntermediateThrow);
                return new IntermediateThrowEvent { Id = id, Definition = thrown ?? NoneEventDefinition.Instance, Job = JobFor(element, thrown) };
            case Element.BoundaryEvent:
                var boundary = EventDefinitionReader.Read(element, context, EventKinds.Boundary);
                return new BoundaryEvent
                {
                    Id = id,
                    AttachedToId = element.Attr(BpmnAttribute.AttachedToRef) ?? "",
                    CancelActivity = element.BoolAttr(BpmnAttribute.CancelActivity, fallback: true),
                    Definition = boundary ?? NoneEventDefinition.Instance,
                };
            default:
                return null;
        }
    }

    // A message throw or end event is carried out by a job, as in Camunda 8.
    private static JobDefinition? JobFor(XElement element, EventDefinition? definition) =>
        definition is MessageEventDefinition
            ? ExtensionReader.Job(element) ?? new JobDefinition(null, null, FrozenDictionary<string, string>.Empty)
            : null;
}
