namespace LaiChau.Workflows.Calendar;

/// <summary>
/// A Chinese-style lunisolar calendar whose days are counted at a fixed offset from UTC: UTC+7 gives the
/// Vietnamese calendar (<see cref="VietnameseLunarCalendar"/>), UTC+8 the Chinese one. Thread-safe; each span of
/// months is computed once, on first use.
/// </summary>
public sealed class LunarCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    // Spans for Gregorian years MinYear .. MaxYear + 1 (December of the last year belongs to the next span).
    private readonly LunarYearSpan?[] _spans = new LunarYearSpan?[MaxYear - MinYear + 2];

    public LunarCalendar(TimeSpan utcOffset)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(utcOffset.Duration(), TimeSpan.FromHours(14));
        UtcOffset = utcOffset;
    }

    public TimeSpan UtcOffset { get; }

    /// <summary>The lunar date of a Gregorian day between 1 January <see cref="MinYear"/> and 31 December <see cref="MaxYear"/>.</summary>
    public LunarDate ToLunar(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date.Year, MinYear, nameof(date));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(date.Year, MaxYear, nameof(date));
        var span = Span(date.Year);
        if (date >= span.Starts[^1])
        {
            span = Span(date.Year + 1);
        }

        var index = span.MonthCount - 1;
        while (span.Starts[index] > date)
        {
            index--;
        }

        var (month, leap) = span.MonthAt(index);
        return new(span.LunarYearOf(month), month, date.DayNumber - span.Starts[index].DayNumber + 1, leap);
    }

    /// <summary>The Gregorian day of a lunar date; throws when that month or day does not exist.</summary>
    public DateOnly ToSolar(int lunarYear, int month, int day, bool leap = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var span = Span(month >= 11 ? lunarYear + 1 : lunarYear);
        for (var i = 0; i < span.MonthCount; i++)
        {
            if (span.MonthAt(i) == (month, leap))
            {
                var length = span.Starts[i + 1].DayNumber - span.Starts[i].DayNumber;
                ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
                ArgumentOutOfRangeException.ThrowIfGreaterThan(day, length);
                return span.Starts[i].AddDays(day - 1);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(leap), $"Lunar year {lunarYear} has no leap month {month}.");
    }

    /// <summary>The leap month of a lunar year (1–12), or null when the year has twelve months.</summary>
    public int? LeapMonth(int lunarYear)
    {
        // A leap month numbered 11 or 12 lies in the next span; one numbered 1–10 in the year's own span.
        foreach (var span in new[] { Span(lunarYear), Span(lunarYear + 1) })
        {
            if (span.LeapIndex >= 0 && span.LunarYearOf(span.MonthAt(span.LeapIndex).Month) == lunarYear)
            {
                return span.MonthAt(span.LeapIndex).Month;
            }
        }

        return null;
    }

    private LunarYearSpan Span(int year)
    {
        if (year < MinYear || year > MaxYear + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Supported years are {MinYear}–{MaxYear}.");
        }

        ref var slot = ref _spans[year - MinYear];
        // Benign race: two threads may compute the same span; both results are equal and either may be kept.
        return Volatile.Read(ref slot) ?? Interlocked.CompareExchange(ref slot, LunarYearSpan.Compute(year, UtcOffset), null)
            ?? Volatile.Read(ref slot)!;
    }
}
