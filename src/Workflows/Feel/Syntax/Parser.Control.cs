using LaiChau.Workflows.Feel.Nodes;

namespace LaiChau.Workflows.Feel.Syntax;

/// <summary><c>if … then … else …</c> and <c>some</c>/<c>every … in … satisfies …</c>.</summary>
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
            collections.Add(ParseExpression());
        }
        while (_token.Kind == TokenKind.Comma);

        Expect("satisfies");
        var condition = ParseExpression();
        var depth = Math.Max(collections.Max(c => c.Depth) + names.Count, condition.Depth + 1);
        return Checked(new QuantifierNode(start, every, [.. names], [.. collections], condition) { Depth = depth });
    }
}
