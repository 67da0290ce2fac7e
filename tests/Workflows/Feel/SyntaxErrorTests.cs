using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Feel;

public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 3)]
    [InlineData("1 +", 3)]
    [InlineData("1 + * 2", 4)]
    [InlineData("(1 + 2", 6)]
    [InlineData("[1, 2", 5)]
    [InlineData("{ a 1 }", 4)]
    [InlineData("\"open", 0)]
    [InlineData("\"bad \\q escape\"", 5)]
    [InlineData("1 # 2", 2)]
    [InlineData("a b", 2)]
    [InlineData("if x then 1", 11)]
    [InlineData("some x in xs", 12)]
    [InlineData("x instance of number", 2)]
    [InlineData("for x in xs", 11)]
    [InlineData("xs[1", 4)]
    [InlineData("a.", 2)]
    [InlineData("then", 0)]
    [InlineData("x between 1", 11)]
    [InlineData("x in", 4)]
    public void Parse_OfBrokenText_ReportsTheOffset(string source, int offset)
    {
        var error = Feel.SyntaxError(source);
        Assert.Equal(offset, error.Offset);
        Assert.Contains($"offset {offset}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{source}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OfBrokenText_ThrowsSyntaxExceptionWithTheError()
    {
        var e = Assert.Throws<FeelSyntaxException>(() => FeelExpression.Parse("1 + * 2"));
        Assert.Equal(4, e.Offset);
        Assert.Equal(4, e.Error.Offset);
        Assert.Equal("1 + * 2", e.Expression);
        Assert.Equal("unexpected '*'", e.Error.Reason);
        Assert.IsAssignableFrom<FeelException>(e);
    }

    [Fact]
    public void Parse_OfUnknownFunction_NamesIt()
    {
        var error = Feel.SyntaxError("x + frobnicate(1)");
        Assert.Equal(4, error.Offset);
        Assert.Equal("frobnicate".Length, error.Length);
        Assert.Equal("unknown function 'frobnicate'", error.Reason);
    }

    [Fact]
    public void Parse_OfUnregisteredDomainFunction_NamesTheWholeName()
    {
        var error = Feel.SyntaxError("add working days(today(), 5)");
        Assert.Equal(0, error.Offset);
        Assert.Equal("unknown function 'add working days'", error.Reason);
    }

    [Theory]
    [InlineData("substring(\"a\")", "function 'substring' takes 2 to 3 arguments, not 1")]
    [InlineData("now(1)", "function 'now' takes 0 arguments, not 1")]
    public void Parse_OfCallWithWrongArgumentCount_IsSyntaxError(string source, string reason) =>
        Assert.Equal(reason, Feel.SyntaxError(source).Reason);

    [Fact]
    public void Parse_OfNameBeforeKeyword_IsNotTakenForAFunction() =>
        Assert.Equal("\"b\"", Feel.Show("if flag then string(1) else \"b\"", Feel.Variables("""{"flag": false}""")));

    [Fact]
    public void Parse_OfFunctionNameWithExtraSpaces_Matches() => Assert.Equal("3", Feel.Show("string   length (\"abc\")"));

    [Fact]
    public void Parse_OfVariableNamedLikeFunctionPrefix_IsVariable() =>
        Assert.Equal("2", Feel.Show("string + 1", Feel.Variables("""{"string": 1}""")));
}
