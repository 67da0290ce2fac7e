using LaiChau.Workflows.Feel.Nodes;

namespace LaiChau.Workflows.Feel.Syntax;

internal sealed partial class Parser
{
    private Node ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            var at = _token.Start;
            if (_token.Kind == TokenKind.Dot)
            {
                Advance();
                if (_token.Kind != TokenKind.Name)
                {
                    throw Fail("a name must follow '.'", _token);
                }

                var key = _token.Text!;
                Advance();
                node = Checked(new PathNode(at, node, key) { Depth = node.Depth + 1 });
            }
            else if (_token.Kind == TokenKind.LeftBracket)
            {
                Advance();
                var filter = ParseExpression();
                ExpectSymbol(TokenKind.RightBracket, "]");
                node = Checked(new FilterNode(at, node, filter) { Depth = Node.DepthOf(node, filter) });
            }
            else
            {
                return node;
            }
        }
    }

    private Node ParsePrimary()
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new LiteralNode(token.Start, FeelValue.Number(token.Number));
            case TokenKind.String:
                Advance();
                return new LiteralNode(token.Start, FeelValue.String(token.Text!));
            case TokenKind.Temporal:
                Advance();
                return FeelTemporal.TryParseAny(token.Text, out var temporal)
                    ? new LiteralNode(token.Start, temporal)
                    : throw Fail($"'{token.Text}' is not a date, time, date and time or duration", token);
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftBracket:
                return ParseListOrInterval();
            case TokenKind.LeftBrace:
                return ParseContext();
            case TokenKind.Name:
                return ParseName(token);
            default:
                throw Unexpected();
        }
    }

    private Node ParseName(Token token)
    {
        switch (token.Text)
        {
            case "true": Advance(); return new LiteralNode(token.Start, FeelValue.True);
            case "false": Advance(); return new LiteralNode(token.Start, FeelValue.False);
            case "null": Advance(); return new LiteralNode(token.Start, FeelValue.Null);
            case "if": return ParseIf();
            case "some" or "every": return ParseQuantifier();
            case "for": return ParseFor();
        }

        if (TryParseCall(token) is { } call)
        {
            return call;
        }

        if (Keywords.Contains(token.Text!))
        {
            throw Unexpected();
        }

        Advance();
        return new NameNode(token.Start, token.Text!);
    }

    private Node ParseParenthesized()
    {
        var start = _token.Start;
        Advance();
        var inner = ParseExpression();
        if (_token.Kind == TokenKind.DotDot)
        {
            return ParseIntervalEnd(start, inner, lowIncluded: false);
        }

        ExpectSymbol(TokenKind.RightParen, ")");
        return inner;
    }
}
