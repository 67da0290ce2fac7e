namespace LaiChau.Workflows.Tests.Feel;

public sealed class InAndRangeTests
{
    [Theory]
    [InlineData("5 in [1..10]", "true")]
    [InlineData("10 in [1..10]", "true")]
    [InlineData("10 in [1..10)", "false")]
    [InlineData("1 in (1..10]", "false")]
    [InlineData("0 in [1..10]", "false")]
    [InlineData("3 in < 5", "true")]
    [InlineData("5 in < 5", "false")]
    [InlineData("5 in <= 5", "true")]
    [InlineData("6 in > 5", "true")]
    [InlineData("5 in >= 6", "false")]
    [InlineData("2 in 2", "true")]
    [InlineData("2 in != 2", "false")]
    [InlineData("2 in [1, 2, 3]", "true")]
    [InlineData("4 in [1, 2, 3]", "false")]
    [InlineData("\"b\" in [\"a\", \"b\"]", "true")]
    [InlineData("2 in (1, 2, 3)", "true")]
    [InlineData("7 in (< 3, > 6)", "true")]
    [InlineData("5 in (< 3, > 6)", "false")]
    [InlineData("5 in ([1..3], [4..6])", "true")]
    [InlineData("null in [1..10]", "null")]
    [InlineData("\"a\" in [1..10]", "null")]
    [InlineData("@\"2025-06-01\" in [@\"2025-01-01\"..@\"2025-12-31\"]", "true")]
    [InlineData("5 in r", "true")]
    [InlineData("1 + 1 in [2..3] and true", "true")]
    public void In_WithValueListOrRange_TestsMembership(string source, string expected)
    {
        var variables = new LaiChau.Workflows.Feel.FeelVariables { ["r"] = Feel.Eval("[1..10]") };
        Assert.Equal(expected, Feel.Show(source, variables));
    }

    [Theory]
    [InlineData("5 between 1 and 10", "true")]
    [InlineData("1 between 1 and 10", "true")]
    [InlineData("10 between 1 and 10", "true")]
    [InlineData("11 between 1 and 10", "false")]
    [InlineData("null between 1 and 10", "null")]
    [InlineData("\"b\" between \"a\" and \"c\"", "true")]
    [InlineData("5 between 1 and 10 and true", "true")]
    [InlineData("@\"2025-01-05\" between @\"2025-01-01\" and @\"2025-01-31\"", "true")]
    public void Between_AtBothEnds_IsInclusive(string source, string expected) => Assert.Equal(expected, Feel.Show(source));

    [Fact]
    public void Range_AsValue_PrintsItsBounds() => Assert.Equal("[1..10)", Feel.Eval("[1..10)").ToString());
}
