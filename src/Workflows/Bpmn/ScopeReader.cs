using System.Xml.Linq;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>
/// Reads the children of a process or sub-process. Elements that do not execute (lanes, data objects,
/// annotations…) and other vendors' elements are skipped; any other BPMN element outside the subset is refused.
/// </summary>
internal static class ScopeReader
{
    private static readonly HashSet<string> Refused = new(StringComparer.Ordinal)
    {
        Element.BusinessRuleTask, Element.Transaction, Element.AdHocSubProcess, Element.ComplexGateway,
    };

    public static (IReadOnlyList<FlowNode> Nodes, IReadOnlyList<SequenceFlow> Flows) Read(
        XElement scope, ReadContext context, ScopeKind kind)
    {
        var nodes = new List<FlowNode>();
        var flows = new List<SequenceFlow>();
        foreach (var child in scope.Elements().Where(e => e.IsBpmn()))
        {
            var name = child.Name.LocalName;
            if (name == Element.SequenceFlow)
            {
                flows.Add(Flow(child, context));
                continue;
            }

            if (Element.IgnoredInScope.Contains(name))
            {
                continue;
            }

            var node = Refused.Contains(name) ? null : Node(child, context, kind);
            if (node is null)
            {
                // Kept as a placeholder so that the graph around it is still checked without follow-on errors.
                context.Refuse(BpmnErrors.UnsupportedElement, child, name);
                node = new PassThroughTask { Id = context.IdOf(child) };
            }

            nodes.Add(node with
            {
                Name = child.Attr(BpmnAttribute.Name),
                Position = child.Position(),
                Properties = ExtensionReader.Properties(child),
                IoMapping = ExtensionReader.IoMapping(child),
            });
        }

        return (nodes.AsReadOnly(), flows.AsReadOnly());
    }

    private static FlowNode? Node(XElement child, ReadContext context, ScopeKind kind) =>
        (FlowNode?)EventReader.Read(child, context, kind)
        ?? (FlowNode?)GatewayReader.Read(child, context)
        ?? ActivityReader.Read(child, context);

    private static SequenceFlow Flow(XElement element, ReadContext context) =>
        new(context.IdOf(element),
            element.Attr(BpmnAttribute.SourceRef) ?? "",
            element.Attr(BpmnAttribute.TargetRef) ?? "",
            element.BpmnChild(Element.ConditionExpression).Text(),
            element.Position())
        {
            Name = element.Attr(BpmnAttribute.Name),
        };
}
