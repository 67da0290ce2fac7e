using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Feel;

public sealed class LimitTests
{
    [Fact]
    public void Parse_OfTooLongSource_IsSyntaxError()
    {
        var source = "1" + string.Concat(Enumerable.Repeat(" + 1", 2_500));
        var error = Feel.SyntaxError(source);
        Assert.Equal(FeelLimits.MaxSourceLength, error.Offset);
        Assert.Contains("longer than 10000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OfDeepNesting_IsSyntaxError()
    {
        var source = new string('(', 65) + "1" + new string(')', 65);
        Assert.Contains("nested more than 64", Feel.SyntaxError(source).Reason, StringComparison.Ordinal);
        Assert.Equal("1", Feel.Show(new string('(', 60) + "1" + new string(')', 60)));
    }

    [Fact]
    public void Parse_OfVeryLongOperatorChain_IsSyntaxError()
    {
        var source = "1" + string.Concat(Enumerable.Repeat("+1", 600));
        Assert.Contains("too complex", Feel.SyntaxError(source).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OfHugeIteration_ThrowsEvaluationException()
    {
        var variables = new FeelVariables { ["xs"] = FeelValue.List(Enumerable.Range(0, 2_000).Select(i => FeelValue.Number(i))) };
        var expression = FeelExpression.Parse("some x in xs, y in xs satisfies x + y < 0");

        var e = Assert.Throws<FeelEvaluationException>(() => expression.Evaluate(variables, Feel.Context()));
        Assert.Contains("steps", e.Message, StringComparison.Ordinal);
        Assert.Equal(expression.Source, e.Expression);
    }

    [Fact]
    public void Evaluate_OfForBuildingHugeList_ThrowsEvaluationException()
    {
        var variables = new FeelVariables { ["xs"] = FeelValue.List(Enumerable.Range(0, 400).Select(i => FeelValue.Number(i))) };
        var expression = FeelExpression.Parse("for x in xs, y in xs return x");

        var e = Assert.Throws<FeelEvaluationException>(() => expression.Evaluate(variables, Feel.Context()));
        Assert.Contains("more than 100000 elements", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OfForOverHugeRange_ThrowsBeforeBuildingIt() =>
        Assert.Throws<FeelEvaluationException>(() => Feel.Eval("for i in 1..2000000000 return i"));

    [Fact]
    public void Evaluate_OfFunctionReturningHugeList_ThrowsEvaluationException()
    {
        var functions = FeelFunctions.BuiltIn.With("many", 0, 0,
            static (_, _) => FeelValue.List(Enumerable.Repeat(FeelValue.Null, FeelLimits.MaxListLength + 1)));
        var expression = FeelExpression.Parse("count(many())", functions);
        Assert.Throws<FeelEvaluationException>(() => expression.Evaluate(new FeelVariables(), Feel.Context()));
    }

    [Fact]
    public void Evaluate_OfHugeString_ThrowsEvaluationException()
    {
        var variables = new FeelVariables { ["s"] = FeelValue.String(new string('x', FeelLimits.MaxStringLength)) };
        var expression = FeelExpression.Parse("s + \"y\"");
        Assert.Throws<FeelEvaluationException>(() => expression.Evaluate(variables, Feel.Context()));
    }
}
