using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Our own <c>zeebe:properties</c> take only the values the engine knows; an unknown value is refused, never guessed at.</summary>
internal static class PropertyRules
{
    private static readonly IReadOnlyDictionary<string, string[]> Known = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Property.Calendar] = [Property.WorkingDays],
    };

    public static void Check(ValidationContext context)
    {
        foreach (var (_, _, node) in context.Nodes())
        {
            foreach (var (name, value) in node.Properties)
            {
                if (Known.TryGetValue(name, out var allowed) && !allowed.Contains(value, StringComparer.Ordinal))
                {
                    context.Report(BpmnErrors.UnknownPropertyValue, node, name, value);
                }
            }
        }

        // A message's senders decide who may publish it (ADR 0021): a misspelt kind would lock everyone out, or worse.
        foreach (var message in context.Definition.Messages.Values)
        {
            foreach (var sender in message.Senders?.Where(s => !Sender.All.Contains(s, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal) ?? [])
            {
                context.Report(BpmnErrors.UnknownMessageSender, message.Id, message.Position, message.Name ?? message.Id, sender, string.Join(", ", Sender.All));
            }
        }
    }
}
