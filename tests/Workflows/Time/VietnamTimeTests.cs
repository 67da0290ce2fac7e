using LaiChau.Testing;
using LaiChau.Workflows.Time;

namespace LaiChau.Workflows.Tests.Time;

public sealed class VietnamTimeTests
{
    [Fact]
    public void Today_LateUtcEvening_IsTheNextDayInVietnam()
    {
        var clock = TestClock.Create(new DateTimeOffset(2026, 3, 2, 17, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 3, 3), VietnamTime.Today(clock));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 0, 30, 0, VietnamTime.Offset), VietnamTime.Now(clock));
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.Now(clock).Offset);
    }

    [Fact]
    public void Zone_IsHoChiMinh_WithoutDaylightSaving()
    {
        Assert.Equal(VietnamTime.Offset, VietnamTime.Zone.GetUtcOffset(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(VietnamTime.Offset, VietnamTime.Zone.GetUtcOffset(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void StartOf_IsMidnightInVietnam() =>
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 17, 0, 0, TimeSpan.Zero), VietnamTime.StartOf(new DateOnly(2026, 3, 1)));

    [Fact]
    public void Iso_WritesThePlusSevenOffset() =>
        Assert.Equal("2026-03-02T08:00:00+07:00", VietnamTime.Iso(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)));
}
