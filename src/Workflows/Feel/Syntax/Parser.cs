using LaiChau.Workflows.Feel.Nodes;

namespace LaiChau.Workflows.Feel.Syntax;

/// <summary>
/// Recursive descent over the FEEL grammar, lowest precedence first: if/some/every/for, or, and, comparison
/// (= != &lt; &lt;= &gt; &gt;= between in), + -, * /, **, unary -, postfix (. and [ ]), primary.
/// </summary>
internal sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly FeelFunctions _functions;
    private Token _token;
    private int _nesting;

    private Parser(string source, FeelFunctions functions)
    {
        _lexer = new Lexer(source);
        _functions = functions;
    }

    public static Node Parse(string source, FeelFunctions functions)
    {
        if (source.Length > FeelLimits.MaxSourceLength)
        {
            throw new SyntaxFailure($"expression is longer than {FeelLimits.MaxSourceLength} characters", FeelLimits.MaxSourceLength, 0);
        }

        var parser = new Parser(source, functions);
        parser.Advance();
        if (parser._token.Kind == TokenKind.End)
        {
            throw new SyntaxFailure("expression is empty", parser._token.Start, 0);
        }

        var root = parser.ParseExpression();
        if (parser._token.Kind != TokenKind.End)
        {
            throw parser.Unexpected();
        }

        return root;
    }

    private Node ParseExpression()
    {
        Enter();
        var start = _token;
        Node node = start.IsName("if") ? ParseIf()
            : start.IsName("some") || start.IsName("every") ? ParseQuantifier()
            : start.IsName("for") ? ParseFor()
            : ParseOr();
        _nesting--;
        return node;
    }

    private Node ParseOr()
    {
        var left = ParseAnd();
        while (_token.IsName("or"))
        {
            var at = _token.Start;
            Advance();
            var right = ParseAnd();
            left = Checked(new OrNode(at, left, right) { Depth = Node.DepthOf(left, right) });
        }

        return left;
    }

    private Node ParseAnd()
    {
        var left = ParseComparison();
        while (_token.IsName("and"))
        {
            var at = _token.Start;
            Advance();
            var right = ParseComparison();
            left = Checked(new AndNode(at, left, right) { Depth = Node.DepthOf(left, right) });
        }

        return left;
    }

    private Node ParseComparison()
    {
        var left = ParseAdditive();
        while (true)
        {
            var at = _token.Start;
            if (ComparisonOf(_token.Kind) is { } op)
            {
                Advance();
                var right = ParseAdditive();
                left = Checked(new ComparisonNode(at, op, left, right) { Depth = Node.DepthOf(left, right) });
            }
            else if (_token.IsName("between"))
            {
                Advance();
                var low = ParseAdditive();
                Expect("and");
                var high = ParseAdditive();
                left = Checked(new BetweenNode(at, left, low, high) { Depth = Node.DepthOf(left, low, high) });
            }
            else if (_token.IsName("in"))
            {
                Advance();
                var tests = ParseInTests();
                left = Checked(new InNode(at, left, tests) { Depth = Math.Max(left.Depth, tests.Max(t => t.Depth)) + 1 });
            }
            else if (_token.IsName("instance"))
            {
                throw Fail("'instance of' is not supported", _token);
            }
            else
            {
                return left;
            }
        }
    }

    private Node ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (_token.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var (at, op) = (_token.Start, _token.Kind == TokenKind.Plus ? ArithmeticOperator.Add : ArithmeticOperator.Subtract);
            Advance();
            var right = ParseMultiplicative();
            left = Checked(new ArithmeticNode(at, op, left, right) { Depth = Node.DepthOf(left, right) });
        }

        return left;
    }

    private Node ParseMultiplicative()
    {
        var left = ParsePower();
        while (_token.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var (at, op) = (_token.Start, _token.Kind == TokenKind.Star ? ArithmeticOperator.Multiply : ArithmeticOperator.Divide);
            Advance();
            var right = ParsePower();
            left = Checked(new ArithmeticNode(at, op, left, right) { Depth = Node.DepthOf(left, right) });
        }

        return left;
    }

    private Node ParsePower()
    {
        var left = ParseUnary();
        while (_token.Kind == TokenKind.StarStar)
        {
            var at = _token.Start;
            Advance();
            var right = ParseUnary();
            left = Checked(new ArithmeticNode(at, ArithmeticOperator.Power, left, right) { Depth = Node.DepthOf(left, right) });
        }

        return left;
    }

    private Node ParseUnary()
    {
        if (_token.Kind != TokenKind.Minus)
        {
            return ParsePostfix();
        }

        Enter();
        var at = _token.Start;
        Advance();
        var operand = ParseUnary();
        _nesting--;
        // Fold "-5" into a literal so that negative constants cost nothing at run time.
        return operand is LiteralNode { Value.Kind: FeelKind.Number } literal
            ? new LiteralNode(at, FeelValue.Number(-literal.Value.AsNumber()))
            : Checked(new NegateNode(at, operand) { Depth = operand.Depth + 1 });
    }

    private static ComparisonOperator? ComparisonOf(TokenKind kind) => kind switch
    {
        TokenKind.Equal => ComparisonOperator.Equal,
        TokenKind.NotEqual => ComparisonOperator.NotEqual,
        TokenKind.Less => ComparisonOperator.Less,
        TokenKind.LessEqual => ComparisonOperator.LessEqual,
        TokenKind.Greater => ComparisonOperator.Greater,
        TokenKind.GreaterEqual => ComparisonOperator.GreaterEqual,
        _ => null,
    };
}
