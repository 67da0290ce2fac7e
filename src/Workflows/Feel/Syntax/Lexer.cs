using System.Globalization;
using System.Text;

namespace LaiChau.Workflows.Feel.Syntax;

/// <summary>
/// A hand-written pull lexer. The parser may move <see cref="Position"/> back or forward, which it does to match
/// function names that contain spaces.
/// </summary>
internal sealed class Lexer(string source)
{
    public string Source { get; } = source;

    public int Position { get; set; }

    public static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == '$';

    public static bool IsNamePart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || c == '$'
        // Vietnamese text typed in decomposed form carries combining marks.
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public int SkipSpace(int i)
    {
        while (i < Source.Length && char.IsWhiteSpace(Source[i]))
        {
            i++;
        }

        return i;
    }

    public Token Next()
    {
        var i = SkipSpace(Position);
        if (i >= Source.Length)
        {
            Position = i;
            return new(TokenKind.End, i, 0);
        }

        var c = Source[i];
        var token = c switch
        {
            _ when char.IsAsciiDigit(c) => ReadNumber(i),
            '"' => ReadString(i, i, TokenKind.String),
            '@' when i + 1 < Source.Length && Source[i + 1] == '"' => ReadString(i, i + 1, TokenKind.Temporal),
            _ when IsNameStart(c) => ReadName(i),
            _ => ReadSymbol(i, c),
        };
        Position = token.End;
        return token;
    }

    private Token ReadNumber(int start)
    {
        var i = start;
        while (i < Source.Length && char.IsAsciiDigit(Source[i]))
        {
            i++;
        }

        // "1..5" is a range, so a dot is a decimal point only when a digit follows.
        if (i + 1 < Source.Length && Source[i] == '.' && char.IsAsciiDigit(Source[i + 1]))
        {
            i++;
            while (i < Source.Length && char.IsAsciiDigit(Source[i]))
            {
                i++;
            }
        }

        if (!decimal.TryParse(Source.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
        {
            throw new SyntaxFailure("number out of range", start, i - start);
        }

        return new(TokenKind.Number, start, i - start, Number: n);
    }

    private Token ReadName(int start)
    {
        var i = start + 1;
        while (i < Source.Length && IsNamePart(Source[i]))
        {
            i++;
        }

        // Names are compared in composed form (NFC), the form JSON variables normally arrive in.
        var name = Source[start..i];
        return new(TokenKind.Name, start, i - start, name.IsNormalized() ? name : name.Normalize());
    }

    private Token ReadString(int start, int quote, TokenKind kind)
    {
        var text = new StringBuilder();
        var i = quote + 1;
        while (i < Source.Length && Source[i] != '"')
        {
            if (Source[i] != '\\')
            {
                text.Append(Source[i++]);
                continue;
            }

            i = ReadEscape(i, text);
        }

        if (i >= Source.Length)
        {
            throw new SyntaxFailure("string is not closed", start, Source.Length - start);
        }

        return new(kind, start, i + 1 - start, text.ToString());
    }

    private int ReadEscape(int i, StringBuilder text)
    {
        var e = i + 1 < Source.Length ? Source[i + 1] : '\0';
        switch (e)
        {
            case '"': text.Append('"'); return i + 2;
            case '\'': text.Append('\''); return i + 2;
            case '\\': text.Append('\\'); return i + 2;
            case 'n': text.Append('\n'); return i + 2;
            case 'r': text.Append('\r'); return i + 2;
            case 't': text.Append('\t'); return i + 2;
            case 'u' when i + 6 <= Source.Length
                && int.TryParse(Source.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                text.Append((char)code);
                return i + 6;
            default:
                throw new SyntaxFailure("unknown escape sequence in string", i, 2);
        }
    }

    private Token ReadSymbol(int i, char c)
    {
        var next = i + 1 < Source.Length ? Source[i + 1] : '\0';
        var (kind, length) = (c, next) switch
        {
            ('.', '.') => (TokenKind.DotDot, 2),
            ('*', '*') => (TokenKind.StarStar, 2),
            ('!', '=') => (TokenKind.NotEqual, 2),
            ('<', '=') => (TokenKind.LessEqual, 2),
            ('>', '=') => (TokenKind.GreaterEqual, 2),
            ('(', _) => (TokenKind.LeftParen, 1),
            (')', _) => (TokenKind.RightParen, 1),
            ('[', _) => (TokenKind.LeftBracket, 1),
            (']', _) => (TokenKind.RightBracket, 1),
            ('{', _) => (TokenKind.LeftBrace, 1),
            ('}', _) => (TokenKind.RightBrace, 1),
            (',', _) => (TokenKind.Comma, 1),
            (':', _) => (TokenKind.Colon, 1),
            ('.', _) => (TokenKind.Dot, 1),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('/', _) => (TokenKind.Slash, 1),
            ('=', _) => (TokenKind.Equal, 1),
            ('<', _) => (TokenKind.Less, 1),
            ('>', _) => (TokenKind.Greater, 1),
            _ => throw new SyntaxFailure($"unexpected character '{c}'", i, 1),
        };
        return new(kind, i, length);
    }
}
