namespace LaiChau.Workflows.Tests.Feel;

public sealed class ComparisonTests
{
    [Theory]
    [InlineData("1 = 1.0", "true")]
    [InlineData("1 != 2", "true")]
    [InlineData("2 < 10", "true")]
    [InlineData("10 <= 10", "true")]
    [InlineData("\"b\" > \"a\"", "true")]
    [InlineData("\"đ\" = \"đ\"", "true")]
    [InlineData("@\"2025-01-02\" > @\"2025-01-01\"", "true")]
    [InlineData("@\"2025-01-01T10:00:00+07:00\" = @\"2025-01-01T03:00:00Z\"", "true")]
    [InlineData("@\"P1D\" > @\"PT23H\"", "true")]
    [InlineData("[1, 2] = [1, 2]", "true")]
    [InlineData("[1, 2] = [2, 1]", "false")]
    [InlineData("{a: 1, b: 2} = {b: 2, a: 1}", "true")]
    [InlineData("true = false", "false")]
    public void Comparison_OfComparableValues_IsBoolean(string source, string expected) => Assert.Equal(expected, Feel.Show(source));

    [Theory]
    [InlineData("null = null", "true")]
    [InlineData("1 = null", "false")]
    [InlineData("null != 1", "true")]
    [InlineData("missing = null", "true")]
    [InlineData("null < 1", "null")]
    [InlineData("1 > null", "null")]
    [InlineData("1 = \"1\"", "null")]
    [InlineData("1 < \"2\"", "null")]
    [InlineData("true < false", "null")]
    [InlineData("@\"2025-01-01T10:00:00\" < @\"2025-01-01T10:00:00Z\"", "null")]
    public void Comparison_WithNullOrOtherKind_FollowsTheSpec(string source, string expected) => Assert.Equal(expected, Feel.Show(source));

    [Theory]
    [InlineData("true and true", "true")]
    [InlineData("true and false", "false")]
    [InlineData("false and null", "false")]
    [InlineData("null and false", "false")]
    [InlineData("true and null", "null")]
    [InlineData("true and 1", "null")]
    [InlineData("false or false", "false")]
    [InlineData("true or null", "true")]
    [InlineData("null or true", "true")]
    [InlineData("false or null", "null")]
    [InlineData("\"x\" or false", "null")]
    [InlineData("not(true)", "false")]
    [InlineData("not(false)", "true")]
    [InlineData("not(null)", "null")]
    [InlineData("not(1)", "null")]
    [InlineData("get or else(missing, \"prio-99\")", "\"prio-99\"")]
    [InlineData("get or else(1, 2)", "1")]
    [InlineData("[{a: 1}, {b: 2}].a", "[1, null]")]
    [InlineData("[{a: 1}, {b: 2}][a < 10]", "[{a:1}]")]
    [InlineData("true or false and false", "true")]
    [InlineData("1 < 2 and 2 < 3", "true")]
    public void Logic_WithNullOrNonBoolean_IsThreeValued(string source, string expected) => Assert.Equal(expected, Feel.Show(source));

    [Fact]
    public void Condition_WhenResultIsNotBooleanTrue_IsFalse()
    {
        var variables = Feel.Variables("""{ "outcome": "accept", "urgent": false, "n": 1 }""");
        var context = Feel.Context();
        Assert.True(LaiChau.Workflows.Feel.FeelExpression.Parse("outcome = \"accept\" and urgent = false").EvaluateCondition(variables, context));
        Assert.False(LaiChau.Workflows.Feel.FeelExpression.Parse("n").EvaluateCondition(variables, context));
        Assert.False(LaiChau.Workflows.Feel.FeelExpression.Parse("missing").EvaluateCondition(variables, context));
        Assert.False(LaiChau.Workflows.Feel.FeelExpression.Parse("n < \"a\"").EvaluateCondition(variables, context));
    }

    [Fact]
    public void MissingVariable_WhenWarningsCollected_NamesIt()
    {
        var warnings = new List<LaiChau.Workflows.Feel.FeelWarning>();
        Assert.True(Feel.Eval("1 + missing", warnings: warnings).IsNull);
        var warning = Assert.Single(warnings);
        Assert.Equal(4, warning.Offset);
        Assert.Contains("'missing'", warning.Message, StringComparison.Ordinal);
    }
}
