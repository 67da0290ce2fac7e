namespace LaiChau.Workflows.Calendar;

/// <summary>
/// One day of an official decision (the government's yearly notice on Tết, National Day and swapped days).
/// Data, not code: an administrator edits the table; see docs/working-days.md for how it combines with the rules.
/// </summary>
public sealed record CalendarException(DateOnly Date, CalendarDayKind Kind, string Reason, string LegalReference);
