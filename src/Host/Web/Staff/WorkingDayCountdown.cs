using LaiChau.Host.Reports;
using LaiChau.Workflows.Calendar;
using LaiChau.Workflows.Time;

namespace LaiChau.Host.Web.Staff;

/// <summary>How far a due date is, in working days of the province's calendar, as the inbox shows it.</summary>
public readonly record struct WorkingDayCountdown(int Days, bool Overdue, bool DueToday)
{
    /// <summary>
    /// Due on a later day: the working days left after today (<c>còn N ngày làm việc</c>); due today: 0; past the
    /// due instant: the working days since the due day (at least 1 once the due day has passed, 0 on the day itself).
    /// </summary>
    public static WorkingDayCountdown Of(DateTimeOffset due, DateTimeOffset now, WorkingDayCalculator calendar)
    {
        var today = VietnamTime.Today(now);
        var dueDay = VietnamTime.Today(due);
        if (due < now)
        {
            return new WorkingDayCountdown(Math.Max(0, calendar.WorkingDaysBetween(dueDay, today)), Overdue: true, DueToday: dueDay == today);
        }

        return new WorkingDayCountdown(Math.Max(0, calendar.WorkingDaysBetween(today, dueDay)), Overdue: false, DueToday: dueDay == today);
    }
}
