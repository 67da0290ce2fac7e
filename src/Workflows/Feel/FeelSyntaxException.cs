namespace LaiChau.Workflows.Feel;

/// <summary>Thrown by <see cref="FeelExpression.Parse"/> when the text is not in the supported FEEL subset.</summary>
public sealed class FeelSyntaxException : FeelException
{
    public FeelSyntaxException(FeelSyntaxError error, string expression)
        : base(error?.Message ?? "", expression, error?.Offset ?? 0) =>
        Error = error ?? throw new ArgumentNullException(nameof(error));

    public FeelSyntaxError Error { get; }
}
