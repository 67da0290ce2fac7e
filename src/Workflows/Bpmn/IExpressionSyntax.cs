namespace LaiChau.Workflows.Bpmn;

/// <summary>
/// Checks the syntax of one expression (the text after <c>=</c>) without evaluating it.
/// The FEEL parser provides the real implementation; the BPMN validator only depends on this port.
/// </summary>
public interface IExpressionSyntax
{
    /// <summary>Null when the expression parses; otherwise the first error and its offset in <paramref name="expression"/>.</summary>
    ExpressionSyntaxError? Check(string expression);
}

public sealed record ExpressionSyntaxError(string Message, int Offset);
