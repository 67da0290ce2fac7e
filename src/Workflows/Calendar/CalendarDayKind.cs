namespace LaiChau.Workflows.Calendar;

/// <summary>What a dated exception makes of a day: a day off, or a working day (a Saturday worked in a swap).</summary>
public enum CalendarDayKind
{
    DayOff,
    WorkingDay,
}
