using System.Numerics;

namespace LaiChau.Workflows.Calendar;

/// <summary>
/// A year's working days as a bitset (bit i = day of year i + 1) with running counts per 64-day word, so that
/// counting and finding the n-th working day cost a few popcounts instead of a walk over days.
/// </summary>
internal sealed class YearTable
{
    private readonly ulong[] _bits = new ulong[6];
    private readonly int[] _before = new int[6];

    public YearTable(CalendarYear summary)
    {
        Summary = summary;
        var changed = summary.Days.ToDictionary(d => d.Date, d => d.Kind);
        var first = new DateOnly(summary.Year, 1, 1);
        for (var day = first; day.Year == summary.Year; day = day.AddDays(1))
        {
            var working = changed.TryGetValue(day, out var kind) ? kind == CalendarDayKind.WorkingDay : !PublicHolidays.IsWeekend(day);
            if (working)
            {
                var index = day.DayNumber - first.DayNumber;
                _bits[index >> 6] |= 1UL << (index & 63);
            }
        }

        for (var word = 1; word < _bits.Length; word++)
        {
            _before[word] = _before[word - 1] + BitOperations.PopCount(_bits[word - 1]);
        }

        Total = _before[^1] + BitOperations.PopCount(_bits[^1]);
    }

    public CalendarYear Summary { get; }

    public int Total { get; }

    public bool IsWorking(int dayIndex) => (_bits[dayIndex >> 6] & (1UL << (dayIndex & 63))) != 0;

    /// <summary>Working days from 1 January up to and including the day at <paramref name="dayIndex"/>.</summary>
    public int CountThrough(int dayIndex)
    {
        var word = dayIndex >> 6;
        var mask = ulong.MaxValue >> (63 - (dayIndex & 63));
        return _before[word] + BitOperations.PopCount(_bits[word] & mask);
    }

    /// <summary>The day index of the <paramref name="n"/>-th working day of the year (1-based, at most <see cref="Total"/>).</summary>
    public int IndexOfNth(int n)
    {
        var word = _before.Length - 1;
        while (_before[word] >= n)
        {
            word--;
        }

        var bits = _bits[word];
        for (var skip = n - _before[word] - 1; skip > 0; skip--)
        {
            bits &= bits - 1;
        }

        return (word << 6) + BitOperations.TrailingZeroCount(bits);
    }
}
