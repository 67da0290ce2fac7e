using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Bpmn;

/// <summary>
/// The validator's expression checker: the real FEEL parser, with the functions the deployment will be able to
/// call (built-ins plus the domain functions the host registers, e.g. <c>add working days</c>), so that a
/// definition calling a function nobody registered is refused at deploy time rather than failing at run time.
/// </summary>
public sealed class FeelExpressionSyntax(FeelFunctions? functions = null) : IExpressionSyntax
{
    public static IExpressionSyntax BuiltIn { get; } = new FeelExpressionSyntax();

    private readonly FeelFunctions _functions = functions ?? FeelFunctions.BuiltIn;

    public ExpressionSyntaxError? Check(string expression) =>
        FeelExpression.TryParse(expression, out _, out var error, _functions)
            ? null
            : new ExpressionSyntaxError(error.Reason, error.Offset);
}
