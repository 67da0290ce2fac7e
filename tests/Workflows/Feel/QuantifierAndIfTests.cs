namespace LaiChau.Workflows.Tests.Feel;

public sealed class QuantifierAndIfTests
{
    [Theory]
    [InlineData("if true then 1 else 2", "1")]
    [InlineData("if false then 1 else 2", "2")]
    [InlineData("if null then 1 else 2", "2")]
    [InlineData("if \"yes\" then 1 else 2", "2")]
    [InlineData("if 1 < 2 then \"small\" else \"big\"", "\"small\"")]
    [InlineData("if 1 > 2 then 1 else if 2 > 1 then 2 else 3", "2")]
    [InlineData("1 + (if true then 1 else 0)", "2")]
    public void If_WhenConditionIsNotTrue_TakesElse(string source, string expected) => Assert.Equal(expected, Feel.Show(source));

    [Theory]
    [InlineData("some x in [1, 2, 3] satisfies x > 2", "true")]
    [InlineData("some x in [1, 2, 3] satisfies x > 3", "false")]
    [InlineData("some x in [] satisfies x > 3", "false")]
    [InlineData("every x in [1, 2, 3] satisfies x > 0", "true")]
    [InlineData("every x in [1, 2, 3] satisfies x > 1", "false")]
    [InlineData("every x in [] satisfies false", "true")]
    [InlineData("some x in [1, 2], y in [3, 4] satisfies x + y = 6", "true")]
    [InlineData("every x in [1, 2], y in [3, 4] satisfies x < y", "true")]
    [InlineData("some x in [1, null] satisfies x > 1", "null")]
    [InlineData("every x in [2, null] satisfies x > 1", "null")]
    [InlineData("some x in [1, null, 5] satisfies x > 1", "true")]
    [InlineData("some o in orders satisfies o.amount > 10", "true")]
    [InlineData("every o in orders satisfies o.amount > 10", "false")]
    public void Quantifier_OverLists_FollowsThreeValuedLogic(string source, string expected)
    {
        var variables = Feel.Variables("""{ "orders": [ { "amount": 5 }, { "amount": 20 } ] }""");
        Assert.Equal(expected, Feel.Show(source, variables));
    }

    [Theory]
    [InlineData("for x in [1, 2, 3] return x * 2", "[2, 4, 6]")]
    [InlineData("for x in [] return x", "[]")]
    [InlineData("for x in [1, 2], y in [10, 20] return x + y", "[11, 21, 12, 22]")]
    [InlineData("for o in orders return o.amount", "[5, 20]")]
    [InlineData("sum(for o in orders return o.amount * 2)", "50")]
    [InlineData("for x in null return x", "[]")]
    [InlineData("for x in 7 return x", "[7]")]
    [InlineData("for i in 1..3 return i * i", "[1, 4, 9]")]
    [InlineData("for i in 3..1 return i", "[3, 2, 1]")]
    [InlineData("for i in [1..4) return i", "[1, 2, 3]")]
    [InlineData("for i in (0..2] return i", "[1, 2]")]
    [InlineData("for i in 0..n return i", "[0, 1, 2]")]
    [InlineData("for i in (1..1) return i", "[]")]
    [InlineData("for i in (1..2) return i", "[]")]
    [InlineData("for i in [1.5..3] return i", "[[1.5..3]]")]
    public void For_OverLists_ReturnsOneResultPerCombination(string source, string expected)
    {
        var variables = Feel.Variables("""{ "orders": [ { "amount": 5 }, { "amount": 20 } ], "n": 2 }""");
        Assert.Equal(expected, Feel.Show(source, variables));
    }

    [Fact]
    public void Some_OverRange_CountsItsWholeNumbers() => Assert.Equal("true", Feel.Show("some i in 1..5 satisfies i * i = 16"));
}
