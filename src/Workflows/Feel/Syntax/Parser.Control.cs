using LaiChau.Workflows.Feel.Nodes;

namespace LaiChau.Workflows.Feel.Syntax;

/// <summary><c>if … then … else …</c>, <c>some</c>/<c>every … in … satisfies …</c> and <c>for … in … return …</c>.</summary>
internal sealed partial class Parser
{
    private Node ParseIf()
    {
        var start = _token.Start;
        Advance();
        var condition = ParseExpression();
        Expect("then");
        var then = ParseExpression();
        Expect("else");
        var otherwise = ParseExpression();
        return Checked(new IfNode(start, condition, then, otherwise) { Depth = Node.DepthOf(condition, then, otherwise) });
    }

    private Node ParseQuantifier()
    {
        var start = _token.Start;
        var every = _token.IsName("every");
        Advance();
        var (names, collections) = ParseIterations();
        Expect("satisfies");
        var condition = ParseExpression();
        var depth = Math.Max(collections.Max(c => c.Depth) + names.Length, condition.Depth + 1);
        return Checked(new QuantifierNode(start, every, names, collections, condition) { Depth = depth });
    }

    private Node ParseFor()
    {
        var start = _token.Start;
        Advance();
        var (names, collections) = ParseIterations();
        Expect("return");
        var body = ParseExpression();
        var depth = Math.Max(collections.Max(c => c.Depth) + names.Length, body.Depth + 1);
        return Checked(new ForNode(start, names, collections, body) { Depth = depth });
    }

    // "x in xs, y in ys"
    private (string[] Names, Node[] Collections) ParseIterations()
    {
        var names = new List<string>();
        var collections = new List<Node>();
        do
        {
            if (names.Count > 0)
            {
                Advance();
            }

            names.Add(ExpectVariableName());
            Expect("in");
            var collection = ParseExpression();
            collections.Add(_token.Kind == TokenKind.DotDot ? ParseBareRange(collection) : collection);
        }
        while (_token.Kind == TokenKind.Comma);

        return ([.. names], [.. collections]);
    }

    // "for i in 1..3": a range written without brackets includes both ends.
    private Node ParseBareRange(Node low)
    {
        Advance();
        var high = ParseExpression();
        return Checked(new RangeNode(low.Offset, low, true, high, true) { Depth = Node.DepthOf(low, high) });
    }
}
