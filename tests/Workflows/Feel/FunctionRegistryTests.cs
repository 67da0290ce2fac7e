using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Feel;

public sealed class FunctionRegistryTests
{
    // A stand-in for the calendar's function: adds n days, ignoring holidays.
    private static readonly FeelFunctions WithWorkingDays = FeelFunctions.BuiltIn.With("add working days", 2, 2,
        static (args, _) => args[0].Kind == FeelKind.Date && args[1].Kind == FeelKind.Number
            ? FeelValue.Date(args[0].AsDate().AddDays((int)args[1].AsNumber()))
            : FeelValue.Null);

    [Fact]
    public void DomainFunction_WhenRegistered_IsCalledWithItsArguments()
    {
        var expression = FeelExpression.Parse("add working days(date(\"2026-03-02\"), 5)", WithWorkingDays);
        Assert.Equal("2026-03-07", expression.Evaluate(new FeelVariables(), Feel.Context()).ToString());
    }

    [Fact]
    public void DomainFunction_WhenRegistered_LeavesBuiltInsUnchanged()
    {
        Assert.True(WithWorkingDays.Contains("add working days"));
        Assert.False(FeelFunctions.BuiltIn.Contains("add working days"));
        Assert.True(WithWorkingDays.Contains("string length"));
    }

    [Fact]
    public void DomainFunction_WhenContextBindsAnotherImplementation_UsesTheContexts()
    {
        var expression = FeelExpression.Parse("add working days(date(\"2026-03-02\"), 5)", WithWorkingDays);
        var runtime = FeelFunctions.BuiltIn.With("add working days", 2, 2, static (_, _) => FeelValue.String("calendar"));
        Assert.Equal("calendar", expression.Evaluate(new FeelVariables(), Feel.Context(functions: runtime)).AsString());
    }

    [Fact]
    public void DomainFunction_WhenItThrows_YieldsNullAndWarning()
    {
        var functions = FeelFunctions.BuiltIn.With("explode", 0, 0, static (_, _) => throw new InvalidOperationException("boom"));
        var warnings = new List<FeelWarning>();
        var result = FeelExpression.Parse("explode()", functions).Evaluate(new FeelVariables(), Feel.Context(warnings));
        Assert.True(result.IsNull);
        Assert.Contains("boom", Assert.Single(warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionName_WithRegisteredPrefix_LongestWins()
    {
        // "date" and "date and time" are both registered.
        Assert.Equal(FeelKind.DateTime, Feel.Eval("date and time(\"2025-01-01T00:00:00\")").Kind);
        Assert.Equal(FeelKind.Boolean, Feel.Eval("date(\"2025-01-01\") = @\"2025-01-01\" and time(\"10:00:00\") = @\"10:00:00\"").Kind);
    }
}
