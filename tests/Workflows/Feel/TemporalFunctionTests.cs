using LaiChau.Testing;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Feel;

public sealed class TemporalFunctionTests
{
    [Theory]
    [InlineData("date(\"2025-01-31\")", "2025-01-31")]
    [InlineData("date(2025, 2, 28)", "2025-02-28")]
    [InlineData("date(2025, 2, 29)", "null")]
    [InlineData("date(\"31/01/2025\")", "null")]
    [InlineData("date(@\"2025-01-31T23:00:00+07:00\")", "2025-01-31")]
    [InlineData("time(\"10:30:00\")", "10:30:00")]
    [InlineData("time(\"10:30:00+07:00\")", "10:30:00+07:00")]
    [InlineData("time(10, 30, 15)", "10:30:15")]
    [InlineData("time(10, 30, 0, @\"PT7H\")", "10:30:00+07:00")]
    [InlineData("time(24, 0, 0)", "null")]
    [InlineData("time(@\"2025-01-01T08:15:00Z\")", "08:15:00Z")]
    [InlineData("date and time(\"2025-01-01T10:00:00+07:00\")", "2025-01-01T10:00:00+07:00")]
    [InlineData("date and time(\"2025-01-01T10:00:00\")", "2025-01-01T10:00:00")]
    [InlineData("date and time(date(\"2025-01-01\"), time(\"08:00:00+07:00\"))", "2025-01-01T08:00:00+07:00")]
    [InlineData("date and time(\"nonsense\")", "null")]
    [InlineData("duration(\"P5D\")", "P5D")]
    [InlineData("duration(\"PT36H\")", "P1DT12H")]
    [InlineData("duration(\"P2W\")", "P14D")]
    [InlineData("duration(\"P1Y6M\")", "P1Y6M")]
    [InlineData("duration(\"5 days\")", "null")]
    [InlineData("years and months duration(date(\"2024-01-15\"), date(\"2025-03-14\"))", "P1Y1M")]
    [InlineData("years and months duration(date(\"2024-01-15\"), date(\"2025-03-15\"))", "P1Y2M")]
    [InlineData("years and months duration(date(\"2025-03-15\"), date(\"2024-01-15\"))", "-P1Y2M")]
    public void TemporalFunction_FromTextOrParts_Constructs(string source, string expected) => Assert.Equal(expected, Feel.Eval(source).ToString());

    [Fact]
    public void NowAndToday_ByDefault_ReadTheContextClockInVietnam()
    {
        // 18:30 UTC on 1 March is already 2 March in Vietnam.
        var clock = TestClock.Create(new DateTimeOffset(2026, 3, 1, 18, 30, 0, TimeSpan.Zero));
        var context = new FeelContext(clock);

        Assert.Equal("2026-03-02T01:30:00+07:00", FeelExpression.Parse("now()").Evaluate(new FeelVariables(), context).ToString());
        Assert.Equal("2026-03-02", FeelExpression.Parse("today()").Evaluate(new FeelVariables(), context).ToString());

        clock.Advance(TimeSpan.FromDays(1));
        Assert.True(FeelExpression.Parse("today() = @\"2026-03-03\"").EvaluateCondition(new FeelVariables(), context));
    }

    [Fact]
    public void Today_InAnotherZone_UsesThatZone()
    {
        // 18:30 UTC on 1 March is already 2 March in Vietnam.
        var clock = TestClock.Create(new DateTimeOffset(2026, 3, 1, 18, 30, 0, TimeSpan.Zero));
        var context = new FeelContext(clock, zone: TimeZoneInfo.Utc);

        Assert.Equal("2026-03-01", FeelExpression.Parse("today()").Evaluate(new FeelVariables(), context).ToString());
    }

    [Fact]
    public void Deadline_ComparedWithNow_UsesInstants()
    {
        var clock = TestClock.Create();
        var variables = new FeelVariables { ["deadline"] = FeelValue.DateTime(TestClock.DefaultStart.AddHours(1)) };
        var expression = FeelExpression.Parse("now() > deadline");

        Assert.False(expression.EvaluateCondition(variables, new FeelContext(clock)));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.True(expression.EvaluateCondition(variables, new FeelContext(clock)));
    }
}
