using LaiChau.Workflows.Feel.Nodes;

namespace LaiChau.Workflows.Feel.Syntax;

/// <summary>The right-hand side of <c>in</c>: one positive unary test, or several in parentheses.</summary>
internal sealed partial class Parser
{
    private UnaryTest[] ParseInTests()
    {
        if (_token.Kind != TokenKind.LeftParen)
        {
            return [ParseUnaryTest(full: false)];
        }

        Enter();
        Advance();
        var tests = new List<UnaryTest>();
        while (true)
        {
            if (tests.Count == 0 && ComparisonOf(_token.Kind) is null)
            {
                // "(1..5)" is an interval, "(a, b)" a list of tests.
                var first = ParseExpression();
                if (_token.Kind == TokenKind.DotDot)
                {
                    _nesting--;
                    return [((RangeNode)ParseIntervalEnd(first.Offset, first, lowIncluded: false)).AsTest()];
                }

                tests.Add(AsTest(first));
            }
            else
            {
                tests.Add(ParseUnaryTest(full: true));
            }

            if (_token.Kind != TokenKind.Comma)
            {
                break;
            }

            Advance();
        }

        ExpectSymbol(TokenKind.RightParen, ")");
        _nesting--;
        return [.. tests];
    }

    private UnaryTest ParseUnaryTest(bool full)
    {
        if (ComparisonOf(_token.Kind) is { } op)
        {
            Advance();
            return new ComparisonTest(op, ParseAdditive());
        }

        return AsTest(full ? ParseExpression() : ParseAdditive());
    }

    private static UnaryTest AsTest(Node node) => node is RangeNode range ? range.AsTest() : new ValueTest(node);
}
