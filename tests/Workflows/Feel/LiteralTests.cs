namespace LaiChau.Workflows.Tests.Feel;

public sealed class LiteralTests
{
    [Theory]
    [InlineData("null", "null")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("42", "42")]
    [InlineData("-3.50", "-3.5")]
    [InlineData("0.1 + 0.2", "0.3")]
    [InlineData("\"Lai Châu\"", "\"Lai Châu\"")]
    [InlineData("  \"x\"", "\"x\"")]
    [InlineData("\"a\\\"b\"", "\"a\"b\"")]
    [InlineData("string length(\"a\\\\b\")", "3")]
    [InlineData("\"\\u0041\\u0110\"", "\"AĐ\"")]
    [InlineData("string length(\"\\n\")", "1")]
    [InlineData("[1, 2, \"x\"]", "[1, 2, \"x\"]")]
    [InlineData("[]", "[]")]
    [InlineData("{ a: 1, \"b c\": 2 }", "{a:1, b c:2}")]
    [InlineData("{}", "{}")]
    public void Literal_Evaluates_ToItsValue(string source, string expected) => Assert.Equal(expected, Feel.Show(source));

    [Theory]
    [InlineData("@\"2025-01-01\"", "2025-01-01")]
    [InlineData("@\"2025-01-01T10:00:00+07:00\"", "2025-01-01T10:00:00+07:00")]
    [InlineData("@\"2025-01-01T10:00:00Z\"", "2025-01-01T10:00:00Z")]
    [InlineData("@\"2025-01-01T10:00:00\"", "2025-01-01T10:00:00")]
    [InlineData("@\"P5D\"", "P5D")]
    [InlineData("@\"PT1H30M\"", "PT1H30M")]
    [InlineData("@\"-P1DT2H\"", "-P1DT2H")]
    [InlineData("@\"P1Y2M\"", "P1Y2M")]
    [InlineData("@\"P14M\"", "P1Y2M")]
    [InlineData("@\"10:30:00\"", "10:30:00")]
    [InlineData("@\"10:30:00.5+07:00\"", "10:30:00.5+07:00")]
    public void TemporalLiteral_Evaluates_ToIsoText(string source, string expected) => Assert.Equal(expected, Feel.Eval(source).ToString());

    [Theory]
    [InlineData("@\"2025-02-30\"")]
    [InlineData("@\"P1Y2D\"")]
    [InlineData("@\"tomorrow\"")]
    [InlineData("@\"25:00:00\"")]
    public void TemporalLiteral_WhenInvalid_IsSyntaxError(string source) => Assert.Equal(0, Feel.SyntaxError(source).Offset);

    [Fact]
    public void Context_EntryUsesEarlierEntry_SeesIt() => Assert.Equal("{a:1, b:2}", Feel.Show("{ a: 1, b: a + 1 }"));

    [Fact]
    public void Name_WithVietnameseLetters_IsVariable()
    {
        var variables = Feel.Variables("""{ "sốNgày": 3, "_x$": 4 }""");
        Assert.Equal("7", Feel.Show("sốNgày + _x$", variables));
    }

    [Fact]
    public void Name_TypedInDecomposedForm_FindsComposedVariable()
    {
        var variables = new LaiChau.Workflows.Feel.FeelVariables { ["sốNgày"] = LaiChau.Workflows.Feel.FeelValue.Number(3) };
        var decomposed = "sốNgày".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual("sốNgày".Length, decomposed.Length);
        Assert.Equal("4", Feel.Show(decomposed + " + 1", variables));
    }
}
