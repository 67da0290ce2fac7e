namespace LaiChau.Workflows.Calendar;

/// <summary>
/// A day of the Vietnamese lunar calendar. <see cref="Year"/> is the Gregorian year in which the lunar year
/// begins (its Tết); months 11 and 12 of that lunar year fall in the following winter.
/// </summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    public override string ToString() => $"{Day}/{Month}{(IsLeapMonth ? " (nhuận)" : "")}/{Year}";
}
