using System.Diagnostics.CodeAnalysis;
using LaiChau.Workflows.Feel.Nodes;
using LaiChau.Workflows.Feel.Syntax;

namespace LaiChau.Workflows.Feel;

/// <summary>
/// A parsed FEEL expression (the text after a BPMN value's leading <c>=</c>). Parse once, evaluate many times;
/// the compiled tree is immutable, so an instance may be shared between threads.
/// </summary>
public sealed class FeelExpression
{
    private readonly Node _root;

    private FeelExpression(string source, Node root)
    {
        Source = source;
        _root = root;
    }

    public string Source { get; }

    /// <summary>
    /// Parses with the given registry (the built-ins when null); derive it from <see cref="FeelFunctions.BuiltIn"/>
    /// to keep the built-ins.
    /// </summary>
    /// <exception cref="FeelSyntaxException">The text is not in the supported subset.</exception>
    public static FeelExpression Parse(string source, FeelFunctions? functions = null) =>
        TryParse(source, out var expression, out var error, functions) ? expression : throw new FeelSyntaxException(error, source ?? "");

    /// <summary>Never throws: a null or invalid text gives false and the error.</summary>
    public static bool TryParse(
        string? source,
        [NotNullWhen(true)] out FeelExpression? expression,
        [NotNullWhen(false)] out FeelSyntaxError? error,
        FeelFunctions? functions = null)
    {
        source ??= "";
        try
        {
            expression = new FeelExpression(source, Parser.Parse(source, functions ?? FeelFunctions.BuiltIn));
            error = null;
            return true;
        }
        catch (SyntaxFailure failure)
        {
            expression = null;
            error = new FeelSyntaxError(FeelMessages.Describe(failure.Reason, source, failure.Offset), failure.Offset, failure.Length)
            {
                Reason = failure.Reason,
            };
            return false;
        }
    }

    /// <exception cref="FeelEvaluationException">A sandbox limit was exceeded.</exception>
    public FeelValue Evaluate(IFeelVariables variables, FeelContext context)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(context);
        var evaluation = new Evaluation(variables, context, Source);
        return _root.Evaluate(ref evaluation);
    }

    /// <summary>A condition holds only when the result is boolean true; null or any other value is false.</summary>
    public bool EvaluateCondition(IFeelVariables variables, FeelContext context) => Evaluate(variables, context).IsTrue;

    public override string ToString() => Source;
}
