using LaiChau.Workflows.Time;

namespace LaiChau.Workflows.Calendar;

/// <summary>One period of office hours, [Start, End) in local time.</summary>
public readonly record struct OfficeHours(TimeOnly Start, TimeOnly End);

/// <summary>
/// The counting rules that an administrator may configure. Defaults: 07:30–11:30 and 13:30–17:00 in
/// Asia/Ho_Chi_Minh, and a report received after the close of office hours counts from the next working day.
/// </summary>
public sealed record WorkingDayOptions
{
    public IReadOnlyList<OfficeHours> OfficeHours { get; init; } =
        [new(new(7, 30), new(11, 30)), new(new(13, 30), new(17, 0))];

    public TimeZoneInfo TimeZone { get; init; } = VietnamTime.Zone;

    /// <summary>When false, a report received on a working day counts from that day whatever the hour.</summary>
    public bool AfterHoursCountsFromNextWorkingDay { get; init; } = true;

    /// <summary>The opening of the first period: a report received earlier on a working day counts from that day.</summary>
    public TimeOnly Opening => OfficeHours[0].Start;

    /// <summary>The close of the last period, when a deadline of N working days ends.</summary>
    public TimeOnly Closing => OfficeHours[^1].End;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(TimeZone);
        if (OfficeHours is not { Count: > 0 })
        {
            throw new ArgumentException("At least one period of office hours is needed.", nameof(OfficeHours));
        }

        for (var i = 0; i < OfficeHours.Count; i++)
        {
            if (OfficeHours[i].Start >= OfficeHours[i].End || (i > 0 && OfficeHours[i - 1].End > OfficeHours[i].Start))
            {
                throw new ArgumentException("Office hours must be ordered, non-empty periods that do not overlap.", nameof(OfficeHours));
            }
        }
    }
}
