using LaiChau.Testing;
using LaiChau.Workflows.Calendar;
using LaiChau.Workflows.Feel;
using static LaiChau.Workflows.Tests.Calendar.Days;

namespace LaiChau.Workflows.Tests.Calendar;

public sealed class WorkingDayFunctionTests
{
    private static readonly FeelFunctions Functions = WorkingDayFunctions.Register(FeelFunctions.BuiltIn, Calculator);

    private static FeelValue Eval(string source, List<FeelWarning>? warnings = null) =>
        FeelExpression.Parse(source, Functions).Evaluate(new FeelVariables(), new FeelContext(TestClock.Create(), Functions) { Warnings = warnings });

    [Fact]
    public void AddWorkingDays_AcrossTet2026_GivesTheCloseOfFriday27February()
    {
        var due = Eval("add working days(date and time(\"2026-02-13T09:00:00+07:00\"), 5)");

        Assert.Equal(FeelKind.DateTime, due.Kind);
        Assert.Equal(At("2026-02-27 17:00"), due.AsDateTimeOffset());
        Assert.Equal("2026-02-27T17:00:00+07:00", due.ToString());
    }

    [Theory]
    [InlineData("add working days(date(\"2026-03-06\"), 1)", "2026-03-09T17:00:00+07:00")] // a date: received that day
    [InlineData("add working days(date and time(\"2026-03-06T17:01:00\"), 1)", "2026-03-10T17:00:00+07:00")] // local: Vietnam
    [InlineData("add working days(@\"2026-03-06T09:59:00Z\", 1)", "2026-03-09T17:00:00+07:00")] // Friday 16:59 in Vietnam
    [InlineData("add working days(@\"2026-03-06T10:01:00Z\", 1)", "2026-03-10T17:00:00+07:00")] // Friday 17:01 in Vietnam
    public void AddWorkingDays_FromOtherKindsOfStart_ReadsThemInVietnam(string source, string expected) =>
        Assert.Equal(expected, Eval(source).ToString());

    [Theory]
    [InlineData("working days between(date(\"2026-02-13\"), date(\"2026-02-27\"))", 5)]
    [InlineData("working days between(@\"2026-02-27T10:00:00Z\", @\"2026-02-13T02:00:00Z\")", -5)]
    public void WorkingDaysBetween_GivesANumber(string source, int expected) =>
        Assert.Equal(expected, Eval(source).AsNumber());

    [Theory]
    [InlineData("add working days(\"2026-02-13\", 5)")]
    [InlineData("add working days(date(\"2026-02-13\"), 1.5)")]
    [InlineData("add working days(date(\"2026-02-13\"), -1)")]
    [InlineData("add working days(null, 1)")]
    [InlineData("working days between(1, date(\"2026-02-13\"))")]
    public void Functions_WithBadInput_GiveNull(string source) => Assert.True(Eval(source).IsNull);

    [Fact]
    public void AddWorkingDays_BeyondTheCalendar_GivesNullAndAWarning()
    {
        var warnings = new List<FeelWarning>();
        Assert.True(Eval("add working days(date(\"2199-12-01\"), 100)", warnings).IsNull);
        Assert.NotEmpty(warnings);
    }

    [Fact]
    public void Parse_WithoutTheCalendarsRegistry_RefusesTheCall() =>
        Assert.False(FeelExpression.TryParse("add working days(today(), 5)", out _, out _));
}
