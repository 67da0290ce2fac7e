namespace LaiChau.Workflows.Calendar;

/// <summary>
/// Which days are working days: Monday to Friday minus the Labour Code's holidays, corrected by the official
/// exceptions. Immutable and thread-safe; each year is computed once, on first use (build a new calendar when the
/// exceptions change).
/// </summary>
public sealed class WorkingDayCalendar
{
    public const int MinYear = LunarCalendar.MinYear;
    public const int MaxYear = LunarCalendar.MaxYear;

    private readonly Dictionary<int, CalendarException[]> _exceptionsByYear;
    private readonly YearTable?[] _years = new YearTable?[MaxYear - MinYear + 1];

    public WorkingDayCalendar(IEnumerable<CalendarException> exceptions)
    {
        ArgumentNullException.ThrowIfNull(exceptions);
        Exceptions = [.. exceptions.OrderBy(e => e.Date)];
        var duplicate = Exceptions.GroupBy(e => e.Date).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two exceptions for {duplicate.Key:yyyy-MM-dd}.", nameof(exceptions));
        }

        _exceptionsByYear = Exceptions.GroupBy(e => e.Date.Year).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The rules plus the seeded official decisions (<see cref="OfficialDecisions"/>).</summary>
    public static WorkingDayCalendar Official { get; } = new(OfficialDecisions.All);

    public IReadOnlyList<CalendarException> Exceptions { get; }

    public bool IsWorkingDay(DateOnly date) => Table(date.Year).IsWorking(date.DayOfYear - 1);

    /// <summary>A year is decided when any official exception falls in it, provisional otherwise.</summary>
    public bool IsDecided(int year) => _exceptionsByYear.ContainsKey(year);

    public CalendarYear Year(int year) => Table(year).Summary;

    internal YearTable Table(int year)
    {
        if (year < MinYear || year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The calendar covers {MinYear}–{MaxYear}.");
        }

        ref var slot = ref _years[year - MinYear];
        // Benign race: two threads may build the same year; the results are equal and either may be kept.
        return Volatile.Read(ref slot) ?? Interlocked.CompareExchange(ref slot, Build(year), null) ?? Volatile.Read(ref slot)!;
    }

    private YearTable Build(int year)
    {
        var exceptions = _exceptionsByYear.GetValueOrDefault(year) ?? [];
        var days = YearDays.Compose(year, exceptions);
        return new(new CalendarYear(year, exceptions.Length == 0, VietnameseLunarCalendar.LunarNewYear(year),
            VietnameseLunarCalendar.HungKingsDay(year), days));
    }
}
