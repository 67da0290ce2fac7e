using LaiChau.Workflows.Time;
using Microsoft.Extensions.Time.Testing;

namespace LaiChau.Testing;

/// <summary>
/// The test suite's one way to make a clock: a <see cref="FakeTimeProvider"/> that starts at a fixed, ordinary
/// working moment (Monday 2 March 2026, 08:00 in Lai Châu) and moves only when a test moves it.
/// </summary>
public static class TestClock
{
    public static readonly TimeSpan VietnamOffset = VietnamTime.Offset;

    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 8, 0, 0, VietnamOffset);

    public static FakeTimeProvider Create() => Create(DefaultStart);

    public static FakeTimeProvider Create(DateTimeOffset start)
    {
        var clock = new FakeTimeProvider(start.ToUniversalTime());
        clock.SetLocalTimeZone(VietnamTimeZone);
        return clock;
    }

    /// <summary>Sets the clock to a wall-clock time in Vietnam (UTC+7, no daylight saving).</summary>
    public static void SetVietnamTime(this FakeTimeProvider clock, int year, int month, int day, int hour = 8, int minute = 0) =>
        clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, minute, 0, VietnamOffset).ToUniversalTime());

    public static TimeZoneInfo VietnamTimeZone => VietnamTime.Zone;
}
