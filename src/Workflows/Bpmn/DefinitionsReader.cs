using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Builds the model of a whole file: definitions-level messages, errors and escalations first, then each process.</summary>
internal static class DefinitionsReader
{
    public static BpmnDefinition Read(XElement root, string xml, ReadContext context)
    {
        foreach (var message in root.BpmnChildren(Element.Message))
        {
            var id = context.IdOf(message);
            var key = message.ZeebeExtension(Zeebe.Subscription).Attr(Zeebe.CorrelationKey);
            context.Messages.TryAdd(id, new MessageDefinition(
                id, message.Attr(BpmnAttribute.Name), key, message.Position(), ExtensionReader.Senders(message)));
        }

        foreach (var error in root.BpmnChildren(Element.Error))
        {
            context.Errors.TryAdd(context.IdOf(error), error.Attr(BpmnAttribute.ErrorCode));
        }

        foreach (var escalation in root.BpmnChildren(Element.Escalation))
        {
            context.Escalations.TryAdd(context.IdOf(escalation), escalation.Attr(BpmnAttribute.EscalationCode));
        }

        var processes = root.BpmnChildren(Element.Process).Select(p => Process(p, context)).ToList();
        return new BpmnDefinition
        {
            // Frozen and read-only: cached definitions are shared between threads.
            Processes = processes.AsReadOnly(),
            Messages = context.Messages.ToFrozenDictionary(StringComparer.Ordinal),
            Errors = context.Errors.ToFrozenDictionary(StringComparer.Ordinal),
            Escalations = context.Escalations.ToFrozenDictionary(StringComparer.Ordinal),
            Xml = xml,
            ContentHash = Hash(xml),
        };
    }

    public static string Hash(string xml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));

    private static ProcessModel Process(XElement element, ReadContext context)
    {
        var (nodes, flows) = ScopeReader.Read(element, context, ScopeKind.Process);
        var nodesById = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        var flowsById = new Dictionary<string, SequenceFlow>(StringComparer.Ordinal);
        var allFlows = new List<SequenceFlow>();
        var pending = new Stack<(IReadOnlyList<FlowNode> Nodes, IReadOnlyList<SequenceFlow> Flows)>([(nodes, flows)]);
        while (pending.TryPop(out var scope))
        {
            foreach (var flow in scope.Flows)
            {
                flowsById.TryAdd(flow.Id, flow);
                allFlows.Add(flow);
            }

            foreach (var node in scope.Nodes)
            {
                nodesById.TryAdd(node.Id, node);
                if (node is SubProcess sub)
                {
                    pending.Push((sub.Nodes, sub.Flows));
                }
            }
        }

        return new ProcessModel
        {
            Id = context.IdOf(element),
            Name = element.Attr(BpmnAttribute.Name),
            IsExecutable = element.BoolAttr(BpmnAttribute.IsExecutable, fallback: false),
            Position = element.Position(),
            Nodes = nodes,
            Flows = flows,
            NodesById = nodesById.ToFrozenDictionary(StringComparer.Ordinal),
            FlowsById = flowsById.ToFrozenDictionary(StringComparer.Ordinal),
            OutgoingByNode = allFlows.GroupBy(f => f.SourceId, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, IReadOnlyList<SequenceFlow> (g) => g.ToList().AsReadOnly(), StringComparer.Ordinal),
        };
    }
}
