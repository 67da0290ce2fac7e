using LaiChau.Reporting.Letters;

namespace LaiChau.Reporting.Tests.Letters;

public sealed class VietnameseDateTests
{
    [Theory]
    [InlineData(2026, 2, 5, "Lai Châu, ngày 05 tháng 02 năm 2026")]
    [InlineData(2026, 1, 31, "Lai Châu, ngày 31 tháng 01 năm 2026")]
    [InlineData(2026, 3, 9, "Lai Châu, ngày 09 tháng 3 năm 2026")]
    [InlineData(2026, 10, 1, "Lai Châu, ngày 01 tháng 10 năm 2026")]
    [InlineData(2026, 12, 15, "Lai Châu, ngày 15 tháng 12 năm 2026")]
    public void PlaceAndDate_DaysUnderTenAndMonthsOneTwo_AreZeroPadded(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDate.PlaceAndDate("Lai Châu", new DateOnly(year, month, day)));
}
