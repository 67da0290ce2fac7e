using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Every id in the file is unique: the engine, the journal and migrations address elements by id.</summary>
internal static class IdentityRules
{
    public static void Check(ValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, position) in Ids(context.Definition))
        {
            if (!seen.Add(id))
            {
                context.Report(BpmnErrors.DuplicateId, id, position, id);
            }
        }
    }

    private static IEnumerable<(string Id, SourcePosition Position)> Ids(BpmnDefinition definition)
    {
        foreach (var message in definition.Messages.Values)
        {
            yield return (message.Id, message.Position);
        }

        foreach (var process in definition.Processes)
        {
            yield return (process.Id, process.Position);
            foreach (var scope in process.Scopes())
            {
                foreach (var node in scope.Nodes)
                {
                    yield return (node.Id, node.Position);
                }

                foreach (var flow in scope.Flows)
                {
                    yield return (flow.Id, flow.Position);
                }
            }
        }
    }
}
