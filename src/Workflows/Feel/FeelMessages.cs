namespace LaiChau.Workflows.Feel;

/// <summary>One wording for every message: the reason, the offset and the (shortened) expression.</summary>
internal static class FeelMessages
{
    private const int QuoteLimit = 200;

    public static string Describe(string reason, string expression, int offset)
    {
        var quoted = expression.Length <= QuoteLimit ? expression : string.Concat(expression.AsSpan(0, QuoteLimit), "…");
        return $"{reason} at offset {offset} in FEEL expression '{quoted}'";
    }
}
