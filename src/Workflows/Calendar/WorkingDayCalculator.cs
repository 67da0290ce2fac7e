namespace LaiChau.Workflows.Calendar;

/// <summary>
/// Counts deadlines in working days (regulation, "Working days"; exact rules in docs/working-days.md): counting
/// starts on the day of receipt, or on the next working day when the report arrives on a non-working day or after
/// the close of office hours; "within N working days" ends at the close of the N-th working day after that day.
/// </summary>
public sealed class WorkingDayCalculator
{
    public WorkingDayCalculator(WorkingDayCalendar calendar, WorkingDayOptions? options = null)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Options = options ?? new WorkingDayOptions();
        Options.Validate();
    }

    public WorkingDayCalendar Calendar { get; }

    public WorkingDayOptions Options { get; }

    /// <summary>The instant (UTC) at which a deadline of <paramref name="n"/> working days from a receipt ends.</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset receivedAt, int n)
    {
        var due = AddWorkingDays(CountingStartDay(receivedAt), n);
        var closing = DateTime.SpecifyKind(due.ToDateTime(Options.Closing), DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(closing, Options.TimeZone), TimeSpan.Zero);
    }

    /// <summary>The day that counting starts from (day 0) for a report received at <paramref name="receivedAt"/>.</summary>
    public DateOnly CountingStartDay(DateTimeOffset receivedAt)
    {
        var local = TimeZoneInfo.ConvertTime(receivedAt, Options.TimeZone).DateTime;
        var day = DateOnly.FromDateTime(local);
        var afterHours = Options.AfterHoursCountsFromNextWorkingDay && TimeOnly.FromDateTime(local) >= Options.Closing;
        return Calendar.IsWorkingDay(day) && !afterHours ? day : AddWorkingDays(day, 1);
    }

    /// <summary>The <paramref name="n"/>-th working day after <paramref name="start"/> (n = 0 gives the start itself).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n == 0)
        {
            return start;
        }

        var year = start.Year;
        var table = Calendar.Table(year);
        var wanted = table.CountThrough(start.DayOfYear - 1) + n;
        while (wanted > table.Total)
        {
            wanted -= table.Total;
            table = Calendar.Table(++year);
        }

        return new DateOnly(year, 1, 1).AddDays(table.IndexOfNth(wanted));
    }

    /// <summary>
    /// Working days d with <paramref name="a"/> &lt; d ≤ <paramref name="b"/> (negative when b is before a), so that
    /// <c>WorkingDaysBetween(start, AddWorkingDays(start, n)) == n</c>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly a, DateOnly b)
    {
        if (b < a)
        {
            return -WorkingDaysBetween(b, a);
        }

        var count = Calendar.Table(b.Year).CountThrough(b.DayOfYear - 1) - Calendar.Table(a.Year).CountThrough(a.DayOfYear - 1);
        for (var year = a.Year; year < b.Year; year++)
        {
            count += Calendar.Table(year).Total;
        }

        return count;
    }

    public bool IsWorkingDay(DateOnly date) => Calendar.IsWorkingDay(date);

    public CalendarYear Year(int year) => Calendar.Year(year);
}
