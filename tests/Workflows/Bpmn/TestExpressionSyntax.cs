using LaiChau.Workflows.Bpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>
/// The one place tests get an expression checker from: the real FEEL parser with its built-in functions
/// (<see cref="Instance"/>). <see cref="Lenient"/> only checks brackets and quotes, for tests about BPMN structure
/// that must not depend on FEEL.
/// </summary>
public sealed class TestExpressionSyntax : IExpressionSyntax
{
    public static IExpressionSyntax Instance { get; } = FeelExpressionSyntax.BuiltIn;

    public static IExpressionSyntax Lenient { get; } = new TestExpressionSyntax();

    public ExpressionSyntaxError? Check(string expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return new ExpressionSyntaxError("empty expression", 0);
        }

        var open = new Stack<(char Bracket, int Offset)>();
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '"')
            {
                var end = expression.IndexOf('"', i + 1);
                if (end < 0)
                {
                    return new ExpressionSyntaxError("unterminated string", i);
                }

                i = end;
            }
            else if (c is '(' or '[' or '{')
            {
                open.Push((c, i));
            }
            else if (c is ')' or ']' or '}')
            {
                var expected = c switch { ')' => '(', ']' => '[', _ => '{' };
                if (!open.TryPop(out var top) || top.Bracket != expected)
                {
                    return new ExpressionSyntaxError($"unexpected '{c}'", i);
                }
            }
        }

        return open.TryPop(out var unclosed) ? new ExpressionSyntaxError($"'{unclosed.Bracket}' is not closed", unclosed.Offset) : null;
    }
}
