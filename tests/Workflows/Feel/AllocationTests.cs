using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Feel;

/// <summary>Conditions run on every gateway, so evaluating a simple one must not allocate (the speed goal is a benchmark).</summary>
public sealed class AllocationTests
{
    [Theory]
    [InlineData("outcome = \"accept\" and urgent = false")]
    [InlineData("amount > 10 and amount <= 1000 or urgent")]
    [InlineData("amount in [1..100] and outcome in (\"accept\", \"reject\")")]
    [InlineData("if urgent then amount * 2 else amount - 1")]
    [InlineData("string length(outcome) = 6 and not(urgent)")]
    [InlineData("outcome != null and amount between 1 and 50")]
    public void Evaluate_OfSimpleCondition_AllocatesNothing(string source)
    {
        var expression = FeelExpression.Parse(source);
        var variables = new FeelVariables
        {
            ["outcome"] = FeelValue.String("accept"),
            ["urgent"] = FeelValue.False,
            ["amount"] = FeelValue.Number(42),
        };
        var context = Feel.Context();
        for (var i = 0; i < 100; i++)
        {
            expression.Evaluate(variables, context);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var trueCount = 0;
        for (var i = 0; i < 1_000; i++)
        {
            trueCount += expression.EvaluateCondition(variables, context) ? 1 : 0;
        }

        var after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(before, after);
        Assert.True(trueCount is 0 or 1_000);
    }

    [Fact]
    public void Evaluate_OfTheGatewayCondition_IsTrue()
    {
        var variables = new FeelVariables { ["outcome"] = FeelValue.String("accept"), ["urgent"] = FeelValue.False };
        Assert.True(FeelExpression.Parse("outcome = \"accept\" and urgent = false").EvaluateCondition(variables, Feel.Context()));
    }
}
