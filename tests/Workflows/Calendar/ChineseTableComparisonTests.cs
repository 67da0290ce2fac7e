using System.Globalization;
using LaiChau.Workflows.Calendar;

namespace LaiChau.Workflows.Tests.Calendar;

/// <summary>
/// An independent check of the astronomy: computed at UTC+8, our calendar must match .NET's table of the Chinese
/// calendar (1901–2100) except where China did not count at UTC+8 (Beijing mean solar time, UTC+7:46, before 1929)
/// and at the new moon of 28 September 2057, which falls within seconds of midnight at UTC+8.
/// </summary>
public sealed class ChineseTableComparisonTests
{
    [Fact]
    public void AtUtcPlus8_EveryDay1901To2100_AgreesWithDotNetsChineseTableExceptTheKnownCases()
    {
        var china = new LunarCalendar(TimeSpan.FromHours(8));
        var table = new ChineseLunisolarCalendar();
        var differingYears = new SortedSet<int>();
        for (var date = new DateOnly(1901, 2, 19); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            var time = date.ToDateTime(TimeOnly.MinValue);
            var year = table.GetYear(time);
            var index = table.GetMonth(time);
            var leap = table.GetLeapMonth(year);
            var month = leap > 0 && index >= leap ? index - 1 : index;
            if (china.ToLunar(date) != new LunarDate(year, month, table.GetDayOfMonth(time), index == leap))
            {
                differingYears.Add(date.Year);
            }
        }

        Assert.Equal([1914, 1916, 1920, 2057], differingYears);
    }
}
