namespace LaiChau.Workflows.Feel.Syntax;

/// <summary>Unwinds the parser at the first error; <see cref="FeelExpression.TryParse"/> turns it into a result.</summary>
internal sealed class SyntaxFailure(string reason, int offset, int length) : Exception(reason)
{
    public string Reason { get; } = reason;

    public int Offset { get; } = offset;

    public int Length { get; } = length;
}
