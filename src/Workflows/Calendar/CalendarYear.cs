namespace LaiChau.Workflows.Calendar;

/// <summary>
/// A year of the working-day calendar. <see cref="Provisional"/> is true while no official decision exists for the
/// year, so every day off comes from the rules; <see cref="Days"/> is ordered by date.
/// </summary>
public sealed record CalendarYear(int Year, bool Provisional, DateOnly LunarNewYear, DateOnly HungKingsDay, IReadOnlyList<CalendarDay> Days);
