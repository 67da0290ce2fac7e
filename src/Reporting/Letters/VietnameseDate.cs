using System.Globalization;

namespace LaiChau.Reporting.Letters;

/// <summary>Dates as Vietnamese administrative documents write them (Decree 30/2020/NĐ-CP annex I).</summary>
public static class VietnameseDate
{
    /// <summary>"Lai Châu, ngày 05 tháng 02 năm 2026": days under 10 and months 1–2 get a leading zero, other months do not.</summary>
    public static string PlaceAndDate(string place, DateOnly date)
    {
        var day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        var month = date.Month <= 2
            ? date.Month.ToString("00", CultureInfo.InvariantCulture)
            : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"{place}, ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>"03/02/2026", for dates inside the body.</summary>
    public static string Short(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
