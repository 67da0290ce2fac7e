using System.Globalization;

namespace LaiChau.Workflows.Time;

/// <summary>
/// Vietnam's civil time, the one way the code asks "what time, what day is it in Vietnam": UTC+7 all year (no daylight
/// saving), the Asia/Ho_Chi_Minh zone for APIs that want a zone. The clock itself is always an injected TimeProvider.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>Asia/Ho_Chi_Minh (tzdata on Linux, ICU on Windows), for Quartz's calendars and Liquid's dates.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>The instant on Vietnam's clock face.</summary>
    public static DateTimeOffset Of(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>Now, in Vietnam.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => Of(clock.GetUtcNow());

    /// <summary>The calendar day in Vietnam at an instant.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(Of(instant).DateTime);

    /// <summary>Today in Vietnam.</summary>
    public static DateOnly Today(TimeProvider clock) => Today(clock.GetUtcNow());

    /// <summary>Midnight at the start of a day in Vietnam.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>ISO 8601 with the +07:00 offset (Open311 dates, process variables).</summary>
    public static string Iso(DateTimeOffset instant) =>
        Of(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
