namespace LaiChau.Workflows.Calendar;

/// <summary>
/// The days off of a year computed from the Labour Code 2019, art. 112, for civil servants, before any official
/// decision. Where the law leaves a choice to the government the provisional rule is documented in docs/working-days.md.
/// </summary>
internal static class PublicHolidays
{
    public const string LabourCode = "Bộ luật Lao động 2019, Điều 112";

    public static IReadOnlyList<HolidayRuleDay> For(int year)
    {
        var holidays = new List<HolidayRuleDay> { new(new(year, 1, 1), Holiday.NewYear, "Tết Dương lịch") };
        var tet = VietnameseLunarCalendar.LunarNewYear(year);
        // Provisional Tết for civil servants: the last day of the old lunar year and the 1st to 4th of month 1.
        holidays.Add(new(tet.AddDays(-1), Holiday.LunarNewYear, "Tết Nguyên Đán (ngày cuối năm âm lịch)"));
        for (var day = 1; day <= 4; day++)
        {
            holidays.Add(new(tet.AddDays(day - 1), Holiday.LunarNewYear, $"Tết Nguyên Đán (mùng {day})"));
        }

        holidays.Add(new(VietnameseLunarCalendar.HungKingsDay(year), Holiday.HungKings, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        holidays.Add(new(new(year, 4, 30), Holiday.ReunificationAndLabour, "Ngày Chiến thắng (30/4)"));
        holidays.Add(new(new(year, 5, 1), Holiday.ReunificationAndLabour, "Ngày Quốc tế lao động (1/5)"));
        holidays.Add(new(new(year, 9, 2), Holiday.NationalDay, "Quốc khánh (2/9)"));
        holidays.Add(new(NationalDayAdjacent(year), Holiday.NationalDay, "Quốc khánh (ngày liền kề)"));
        // A lunar holiday that falls on a fixed one (Hùng Kings' day on 30 April) is one day off, not two.
        var distinct = holidays.DistinctBy(h => h.Date).OrderBy(h => h.Date).ToList();
        return [.. distinct, .. Compensatory(distinct)];
    }

    // Reproduces the decisions of 2021–2025: 3 September when the 2nd is a Monday or Thursday (the holiday then
    // touches a weekend), 1 September otherwise.
    private static DateOnly NationalDayAdjacent(int year)
    {
        var second = new DateOnly(year, 9, 2);
        return second.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday ? second.AddDays(1) : second.AddDays(-1);
    }

    // Art. 112(3): a holiday on a weekly day off gives a compensatory day on the next working day, which is the next
    // weekday that is neither a holiday nor already another holiday's compensatory day.
    private static List<HolidayRuleDay> Compensatory(List<HolidayRuleDay> holidays)
    {
        var taken = holidays.Select(h => h.Date).ToHashSet();
        var compensatory = new List<HolidayRuleDay>();
        foreach (var holiday in holidays.Where(h => IsWeekend(h.Date)))
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
            compensatory.Add(new(day, holiday.Holiday, $"Nghỉ bù {holiday.Reason}"));
        }

        return compensatory;
    }

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
