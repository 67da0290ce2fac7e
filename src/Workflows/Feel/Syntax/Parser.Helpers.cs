using LaiChau.Workflows.Feel.Nodes;

namespace LaiChau.Workflows.Feel.Syntax;

internal sealed partial class Parser
{
    private void Advance() => _token = _lexer.Next();

    private void Enter()
    {
        if (++_nesting > FeelLimits.MaxNesting)
        {
            throw Fail($"expression is nested more than {FeelLimits.MaxNesting} levels deep", _token);
        }
    }

    private static Node Checked(Node node) =>
        node.Depth > FeelLimits.MaxTreeDepth
            ? throw new SyntaxFailure($"expression is too complex (more than {FeelLimits.MaxTreeDepth} operators in a chain)", node.Offset, 1)
            : node;

    private void Expect(string keyword)
    {
        if (!_token.IsName(keyword))
        {
            throw Fail($"expected '{keyword}'", _token);
        }

        Advance();
    }

    private void ExpectSymbol(TokenKind kind, string text)
    {
        if (_token.Kind != kind)
        {
            throw Fail($"expected '{text}'", _token);
        }

        Advance();
    }

    private string ExpectVariableName()
    {
        if (_token.Kind != TokenKind.Name || Keywords.Contains(_token.Text!))
        {
            throw Fail("expected a name", _token);
        }

        var name = _token.Text!;
        Advance();
        return name;
    }

    private SyntaxFailure Unexpected() => _token.Kind == TokenKind.End
        ? new SyntaxFailure("unexpected end of expression", _token.Start, 0)
        : Fail($"unexpected '{_lexer.Source.Substring(_token.Start, _token.Length)}'", _token);

    private static SyntaxFailure Fail(string reason, Token at) => new(reason, at.Start, at.Length);
}
