namespace LaiChau.Workflows.Calendar;

/// <summary>
/// Combines a year's rule-based days off with its official exceptions. A holiday that the decisions cover (a day off
/// of the decisions lies within 15 days of its rule-based days, the nearest holiday winning) takes its days off from
/// the decisions only; every other holiday keeps its rule-based days. Each exception then sets its own day.
/// </summary>
internal static class YearDays
{
    private const int DecisionReach = 15;

    public static List<CalendarDay> Compose(int year, IReadOnlyList<CalendarException> exceptions)
    {
        var rules = PublicHolidays.For(year);
        var decided = exceptions.Where(e => e.Kind == CalendarDayKind.DayOff)
            .Select(e => NearestHoliday(e.Date, rules))
            .OfType<Holiday>()
            .ToHashSet();
        var days = new Dictionary<DateOnly, CalendarDay>();
        foreach (var rule in rules.Where(r => !decided.Contains(r.Holiday)))
        {
            days.TryAdd(rule.Date, new(rule.Date, CalendarDayKind.DayOff, rule.Reason, PublicHolidays.LabourCode, Official: false));
        }

        foreach (var exception in exceptions)
        {
            days[exception.Date] = new(exception.Date, exception.Kind, exception.Reason, exception.LegalReference, Official: true);
        }

        return [.. days.Values.OrderBy(d => d.Date)];
    }

    private static Holiday? NearestHoliday(DateOnly date, IReadOnlyList<HolidayRuleDay> rules)
    {
        var nearest = rules
            .GroupBy(r => r.Holiday)
            .Select(g => (Holiday: g.Key, Distance: Distance(date, g.Min(r => r.Date), g.Max(r => r.Date))))
            .OrderBy(h => h.Distance)
            .ThenBy(h => h.Holiday)
            .First();
        return nearest.Distance <= DecisionReach ? nearest.Holiday : null;
    }

    private static int Distance(DateOnly date, DateOnly first, DateOnly last) =>
        date < first ? first.DayNumber - date.DayNumber : date > last ? date.DayNumber - last.DayNumber : 0;
}
