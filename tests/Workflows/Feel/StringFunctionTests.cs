namespace LaiChau.Workflows.Tests.Feel;

public sealed class StringFunctionTests
{
    [Theory]
    [InlineData("upper case(\"đường\")", "\"ĐƯỜNG\"")]
    [InlineData("lower case(\"LAI CHÂU\")", "\"lai châu\"")]
    [InlineData("string length(\"Lai Châu\")", "8")]
    [InlineData("string length(\"đường\")", "5")]
    [InlineData("string length(\"\")", "0")]
    [InlineData("string length(\"😀a\")", "2")]
    [InlineData("substring(\"Lai Châu\", 5)", "\"Châu\"")]
    [InlineData("substring(\"Lai Châu\", 1, 3)", "\"Lai\"")]
    [InlineData("substring(\"Lai Châu\", -4)", "\"Châu\"")]
    [InlineData("substring(\"Lai Châu\", -4, 2)", "\"Ch\"")]
    [InlineData("substring(\"abc\", 2, 100)", "\"bc\"")]
    [InlineData("substring(\"abc\", 0)", "null")]
    [InlineData("substring(\"abc\", 1.5)", "null")]
    [InlineData("substring(\"abc\", 1, -1)", "null")]
    [InlineData("contains(\"Đường Lê Lợi\", \"Lê\")", "true")]
    [InlineData("contains(\"abc\", \"d\")", "false")]
    [InlineData("starts with(\"Phong Thổ\", \"Phong\")", "true")]
    [InlineData("ends with(\"Phong Thổ\", \"Thổ\")", "true")]
    [InlineData("ends with(\"Phong Thổ\", 1)", "null")]
    [InlineData("string join([\"a\", \"b\", \"c\"], \", \")", "\"a, b, c\"")]
    [InlineData("string join([\"a\", null, \"c\"])", "\"ac\"")]
    [InlineData("string join([\"a\", 1])", "null")]
    [InlineData("string(1.50)", "\"1.5\"")]
    [InlineData("string(true)", "\"true\"")]
    [InlineData("string(null)", "null")]
    [InlineData("string([1, \"a\"])", "\"[1, \"a\"]\"")]
    [InlineData("string(@\"2025-01-01\")", "\"2025-01-01\"")]
    [InlineData("number(\"12.5\")", "12.5")]
    [InlineData("number(\"-3\")", "-3")]
    [InlineData("number(\"1.234,5\", \".\", \",\")", "1234.5")]
    [InlineData("number(\"abc\")", "null")]
    [InlineData("upper case(1)", "null")]
    [InlineData("trim(\"  Mường Lay \")", "\"Mường Lay\"")]
    [InlineData("string length(null)", "null")]
    public void StringFunction_OnVietnameseAndInvalidInput_ComputesOrIsNull(string source, string expected) => Assert.Equal(expected, Feel.Show(source));

    [Theory]
    [InlineData("abs(-2)", "2")]
    [InlineData("floor(1.7)", "1")]
    [InlineData("ceiling(1.2)", "2")]
    [InlineData("decimal(2.5, 0)", "2")]
    [InlineData("decimal(1.125, 2)", "1.12")]
    [InlineData("modulo(12, 5)", "2")]
    [InlineData("modulo(-12, 5)", "3")]
    [InlineData("modulo(12, 0)", "null")]
    [InlineData("round up(5.5, 0)", "6")]
    [InlineData("round up(-5.1, 0)", "-6")]
    [InlineData("round up(1.121, 2)", "1.13")]
    [InlineData("round down(5.9, 0)", "5")]
    [InlineData("round down(-5.9, 0)", "-5")]
    [InlineData("round half up(5.5, 0)", "6")]
    [InlineData("round half up(-5.5, 0)", "-6")]
    [InlineData("round half up(1.125, 2)", "1.13")]
    [InlineData("round half down(5.5, 0)", "5")]
    [InlineData("round half down(-5.5, 0)", "-5")]
    [InlineData("round half down(5.6, 0)", "6")]
    [InlineData("round half down(1.125, 2)", "1.12")]
    [InlineData("round up(1, -1)", "null")]
    public void NumberFunction_OnNumbers_Computes(string source, string expected) => Assert.Equal(expected, Feel.Show(source));

    [Fact]
    public void Function_NotDefinedForArguments_WarnsAndIsNull()
    {
        var warnings = new List<LaiChau.Workflows.Feel.FeelWarning>();
        Assert.True(Feel.Eval("x + upper case(1)", Feel.Variables("""{"x": "a"}"""), warnings).IsNull);
        Assert.Contains(warnings, w => w.Offset == 4 && w.Message.Contains("upper case", StringComparison.Ordinal));
    }
}
