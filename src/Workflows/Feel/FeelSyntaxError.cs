namespace LaiChau.Workflows.Feel;

/// <summary>
/// Why a text is not a supported FEEL expression. <see cref="Message"/> quotes the expression and gives the
/// offset; <see cref="Reason"/> is the bare reason for callers that show the position themselves.
/// </summary>
public sealed record FeelSyntaxError(string Message, int Offset, int Length)
{
    public string Reason { get; init; } = Message;
}
