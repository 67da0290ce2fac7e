using LaiChau.Workflows.Feel.Nodes;

namespace LaiChau.Workflows.Feel.Syntax;

/// <summary>Lists <c>[a, b]</c>, intervals <c>[a..b]</c> / <c>(a..b)</c> and contexts <c>{ key: value }</c>.</summary>
internal sealed partial class Parser
{
    private Node ParseListOrInterval()
    {
        var start = _token.Start;
        Enter();
        Advance();
        var items = new List<Node>();
        if (_token.Kind != TokenKind.RightBracket)
        {
            items.Add(ParseExpression());
            if (_token.Kind == TokenKind.DotDot)
            {
                _nesting--;
                return ParseIntervalEnd(start, items[0], lowIncluded: true);
            }

            while (_token.Kind == TokenKind.Comma)
            {
                Advance();
                items.Add(ParseExpression());
            }
        }

        ExpectSymbol(TokenKind.RightBracket, "]");
        _nesting--;
        return Checked(new ListNode(start, [.. items]) { Depth = Node.DepthOf([.. items]) });
    }

    // After "[low" or "(low", at "..": reads "high]" or "high)".
    private Node ParseIntervalEnd(int start, Node low, bool lowIncluded)
    {
        Advance();
        var high = ParseExpression();
        var highIncluded = _token.Kind == TokenKind.RightBracket;
        if (!highIncluded && _token.Kind != TokenKind.RightParen)
        {
            throw Fail("an interval must end with ']' or ')'", _token);
        }

        Advance();
        return Checked(new RangeNode(start, low, lowIncluded, high, highIncluded) { Depth = Node.DepthOf(low, high) });
    }

    private Node ParseContext()
    {
        var start = _token.Start;
        Enter();
        Advance();
        var keys = new List<string>();
        var values = new List<Node>();
        while (_token.Kind != TokenKind.RightBrace)
        {
            if (keys.Count > 0)
            {
                ExpectSymbol(TokenKind.Comma, ",");
            }

            if (_token.Kind is not (TokenKind.Name or TokenKind.String))
            {
                throw Fail("a context key must be a name or a string", _token);
            }

            keys.Add(_token.Text!);
            Advance();
            ExpectSymbol(TokenKind.Colon, ":");
            values.Add(ParseExpression());
        }

        Advance();
        _nesting--;
        return Checked(new ContextNode(start, [.. keys], [.. values]) { Depth = Node.DepthOf([.. values]) });
    }
}
