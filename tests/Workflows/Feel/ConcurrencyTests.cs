using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Feel;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Expression_SharedBetweenThreads_GivesEachItsOwnResult()
    {
        var expression = FeelExpression.Parse("sum(xs[item > limit]) + count({ a: limit, b: a * 2 }.b[item > 0])");
        var context = Feel.Context();

        var results = new decimal[64];
        Parallel.For(0, results.Length, i =>
        {
            var variables = new FeelVariables
            {
                ["xs"] = FeelValue.List(Enumerable.Range(1, 100).Select(n => FeelValue.Number(n))),
                ["limit"] = FeelValue.Number(i),
            };
            for (var round = 0; round < 50; round++)
            {
                results[i] = expression.Evaluate(variables, context).AsNumber();
            }
        });

        for (var i = 0; i < results.Length; i++)
        {
            var expected = Enumerable.Range(i + 1, 100 - i).Sum() + (i > 0 ? 1 : 0);
            Assert.Equal(expected, results[i]);
        }
    }

    [Fact]
    public void Variables_WhenMissing_ReadAsNull()
    {
        var variables = new FeelVariables { ["a"] = FeelValue.Number(1) };
        Assert.True(variables["b"].IsNull);
        Assert.False(variables.TryGet("b", out _));
        Assert.Equal(1, variables.Count);
    }
}
