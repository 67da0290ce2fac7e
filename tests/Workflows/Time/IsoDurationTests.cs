using LaiChau.Workflows.Time;

namespace LaiChau.Workflows.Tests.Time;

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("P5D", 0, 5, 0)]
    [InlineData("P2W", 0, 14, 0)]
    [InlineData("PT1H30M", 0, 0, 90 * TimeSpan.TicksPerMinute)]
    [InlineData("PT0.5S", 0, 0, TimeSpan.TicksPerSecond / 2)]
    [InlineData("P1Y2M", 14, 0, 0)]
    [InlineData("P6M", 6, 0, 0)]
    [InlineData("P1Y10DT2H", 12, 10, 2 * TimeSpan.TicksPerHour)]
    public void TryParse_IsoForms_ReadsEachPart(string text, int months, long days, long timeTicks)
    {
        Assert.True(IsoDuration.TryParse(text, out var d));

        Assert.Equal((months, days, timeTicks, false), (d.Months, d.Days, d.TimeTicks, d.Negative));
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1")]
    [InlineData("1D")]
    [InlineData("P1D1Y")] // out of order
    [InlineData("P1D1D")] // twice
    [InlineData("P1.5D")] // only seconds take a fraction
    [InlineData("PT1D")]
    [InlineData("P1H")]
    [InlineData("P-1D")]
    [InlineData("P99999999999999999999D")]
    public void TryParse_NotIso_IsRefused(string text) => Assert.False(IsoDuration.TryParse(text, out _));

    [Fact]
    public void TryParse_TooLong_IsRefused() => Assert.False(IsoDuration.TryParse("P" + new string('1', IsoDuration.MaxLength) + "D", out _));

    [Fact]
    public void DayTime_Negative_IsANegativeSpan()
    {
        Assert.True(IsoDuration.TryParse("-P1DT2H", out var d));

        Assert.Equal(-TimeSpan.FromHours(26), d.DayTime);
        Assert.True(d.IsDaysTime);
    }

    [Fact]
    public void DayTime_WithMonths_IsNull()
    {
        Assert.True(IsoDuration.TryParse("P1M", out var d));

        Assert.Null(d.DayTime);
        Assert.True(d.IsYearsMonths);
    }

    [Theory]
    [InlineData("PT30S", 30.0)]
    [InlineData("P7D", 604800.0)]
    [InlineData("P8D", null)] // above the bound
    [InlineData("-PT30S", null)]
    [InlineData("P1M", null)] // a month is no fixed span
    [InlineData("soon", null)]
    public void ParseSpan_BoundedPositiveSpans(string text, double? seconds) =>
        Assert.Equal(seconds is { } s ? TimeSpan.FromSeconds(s) : null, IsoDuration.ParseSpan(text, TimeSpan.Zero, TimeSpan.FromDays(7)));
}
