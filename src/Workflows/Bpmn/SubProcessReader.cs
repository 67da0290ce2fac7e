using System.Xml.Linq;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Builds an embedded or event sub-process with its own nodes and flows.</summary>
internal static class SubProcessReader
{
    public static SubProcess Read(XElement element, ReadContext context)
    {
        var triggered = element.BoolAttr(BpmnAttribute.TriggeredByEvent, fallback: false);
        var (nodes, flows) = ScopeReader.Read(element, context, triggered ? ScopeKind.EventSubProcess : ScopeKind.SubProcess);
        return new SubProcess { Id = context.IdOf(element), TriggeredByEvent = triggered, Nodes = nodes, Flows = flows };
    }
}
