namespace LaiChau.Workflows.Calendar;

/// <summary>
/// A day that is not an ordinary weekday or weekend: a holiday, a compensatory day off or a swapped working day.
/// <see cref="Official"/> is true when it comes from an official decision, false when from the Labour Code's rules.
/// </summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Reason, string LegalReference, bool Official);
