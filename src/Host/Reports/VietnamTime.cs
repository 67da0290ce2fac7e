using System.Globalization;

namespace LaiChau.Host.Reports;

/// <summary>Vietnam's civil time (UTC+7 all year, no daylight saving): the day a report is received, shown dates.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset Of(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(Of(instant).DateTime);

    /// <summary>ISO 8601 with the +07:00 offset (Open311 dates, process variables).</summary>
    public static string Iso(DateTimeOffset instant) =>
        Of(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
