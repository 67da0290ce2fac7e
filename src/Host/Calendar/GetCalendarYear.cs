using LaiChau.Workflows.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Calendar;

/// <summary>
/// <c>GET /api/v1/calendar/{year}</c>: Tết and Hùng Kings' day, then every day off and swapped working day with its
/// reason. A year with no official decision yet is "provisional" (computed from the Labour Code's rules).
/// </summary>
public static class GetCalendarYear
{
    public sealed record Day(DateOnly Date, string Kind, string Reason, string LegalReference, bool Official);

    public sealed record Response(int Year, bool Provisional, DateOnly LunarNewYear, DateOnly HungKingsDay, IReadOnlyList<Day> Days);

    public static void Map(RouteGroupBuilder group) => group.MapGet("{year:int}", HandleAsync).WithSummary("Every day off and swapped working day of a year, with its reason");

    public static async Task<Results<Ok<Response>, ValidationProblem>> HandleAsync(
        int year, CalendarSource calendar, CancellationToken cancellationToken)
    {
        if (year is < WorkingDayCalendar.MinYear or > WorkingDayCalendar.MaxYear)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["year"] = [$"The calendar covers {WorkingDayCalendar.MinYear}–{WorkingDayCalendar.MaxYear}."],
            });
        }

        var summary = (await calendar.GetAsync(cancellationToken)).Calendar.Year(year);
        return TypedResults.Ok(new Response(summary.Year, summary.Provisional, summary.LunarNewYear, summary.HungKingsDay,
            [.. summary.Days.Select(d => new Day(d.Date, d.Kind.ToString(), d.Reason, d.LegalReference, d.Official))]));
    }
}
