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
    }
}
