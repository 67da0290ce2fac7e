using System.Xml.Linq;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Builds gateway nodes (the complex gateway is refused by the scope reader).</summary>
internal static class GatewayReader
{
    public static Gateway? Read(XElement element, ReadContext context)
    {
        GatewayKind? kind = element.Name.LocalName switch
        {
            Element.ExclusiveGateway => GatewayKind.Exclusive,
            Element.ParallelGateway => GatewayKind.Parallel,
            Element.InclusiveGateway => GatewayKind.Inclusive,
            Element.EventBasedGateway => GatewayKind.EventBased,
            _ => null,
        };
        return kind is null
            ? null
            : new Gateway { Id = context.IdOf(element), Kind = kind.Value, DefaultFlowId = element.Attr(BpmnAttribute.Default) };
    }
}
