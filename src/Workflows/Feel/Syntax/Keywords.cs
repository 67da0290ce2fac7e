namespace LaiChau.Workflows.Feel.Syntax;

/// <summary>Words the grammar reserves; they cannot be variable names and end a function-name scan.</summary>
internal static class Keywords
{
    private static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "and", "or", "if", "then", "else", "some", "every", "in", "satisfies", "between", "instance", "of",
        "for", "return", "true", "false", "null", "function",
    };

    public static bool Contains(string word) => All.Contains(word);

    public static bool Contains(ReadOnlySpan<char> word) => All.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
