namespace LaiChau.Workflows.Feel.Syntax;

/// <summary>A token: where it is in the source, and the decoded text of names, strings and temporal literals.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string? Text = null, decimal Number = 0)
{
    public int End => Start + Length;

    public bool IsName(string keyword) => Kind == TokenKind.Name && string.Equals(Text, keyword, StringComparison.Ordinal);
}
