using LaiChau.Workflows.Feel.Functions;
using LaiChau.Workflows.Feel.Nodes;

namespace LaiChau.Workflows.Feel.Syntax;

/// <summary>
/// Function calls. Names may contain spaces, so at a name the parser tries the registered names that start
/// with that word, longest first, and takes the first one followed by '('.
/// </summary>
internal sealed partial class Parser
{
    private Node? TryParseCall(Token token)
    {
        if (_functions.NamesByFirstWord.TryGetValue(token.Text!, out var candidates))
        {
            foreach (var name in candidates)
            {
                if (MatchName(token.Start, name) is { } open)
                {
                    _functions.TryGet(name, out var definition);
                    _lexer.Position = open + 1;
                    Advance();
                    return ParseArguments(token, definition);
                }
            }
        }

        if (UnknownCallName(token.Start) is { } unknown)
        {
            throw new SyntaxFailure($"unknown function '{unknown}'", token.Start, unknown.Length);
        }

        return null;
    }

    private Node ParseArguments(Token start, FeelFunctionDefinition function)
    {
        Enter();
        var args = new List<Node>();
        while (_token.Kind != TokenKind.RightParen)
        {
            if (args.Count > 0)
            {
                ExpectSymbol(TokenKind.Comma, ",");
            }

            args.Add(ParseExpression());
        }

        var end = _token.End;
        Advance();
        _nesting--;
        if (args.Count < function.MinArgs || args.Count > function.MaxArgs)
        {
            var expected = function.MinArgs == function.MaxArgs ? $"{function.MinArgs}" : $"{function.MinArgs} to {function.MaxArgs}";
            throw new SyntaxFailure($"function '{function.Name}' takes {expected} arguments, not {args.Count}", start.Start, end - start.Start);
        }

        if (function.Name == BuiltInFunctions.IsDefined && ReferenceEquals(function, FeelFunctions.BuiltIn.Definition(function.Name)))
        {
            return new IsDefinedNode(start.Start, args[0]) { Depth = args[0].Depth + 1 };
        }

        return Checked(new CallNode(start.Start, function, [.. args]) { Depth = Node.DepthOf([.. args]) });
    }

    // The offset of the '(' when the source at start spells name (a space in the name matches any whitespace), else null.
    private int? MatchName(int start, string name)
    {
        var source = _lexer.Source;
        var i = start;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                var spaced = _lexer.SkipSpace(i);
                if (spaced == i)
                {
                    return null;
                }

                i = spaced;
            }
            else if (i < source.Length && source[i] == c)
            {
                i++;
            }
            else
            {
                return null;
            }
        }

        if (i < source.Length && Lexer.IsNamePart(source[i]))
        {
            return null;
        }

        i = _lexer.SkipSpace(i);
        return i < source.Length && source[i] == '(' ? i : null;
    }

    // "foo(" or "add working days(" with no such function: the words before '(' (stopping at keywords).
    private string? UnknownCallName(int start)
    {
        var source = _lexer.Source;
        var i = start;
        var end = start;
        while (i < source.Length && Lexer.IsNameStart(source[i]))
        {
            var wordStart = i;
            while (i < source.Length && Lexer.IsNamePart(source[i]))
            {
                i++;
            }

            if (Keywords.Contains(source.AsSpan(wordStart, i - wordStart)))
            {
                break;
            }

            end = i;
            i = _lexer.SkipSpace(i);
        }

        var next = _lexer.SkipSpace(end);
        return end > start && next < source.Length && source[next] == '(' ? source[start..end] : null;
    }
}
