using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Calendar;

/// <summary>
/// <c>GET /api/v1/calendar/add-working-days?from=&lt;instant&gt;&amp;days=N</c>: the deadline of something received at
/// <c>from</c> with N working days to answer (docs/working-days.md).
/// </summary>
public static class AddWorkingDays
{
    public const int MaxDays = 1000;

    public sealed record Response(DateTimeOffset From, int Days, DateTimeOffset Due);

    public static void Map(RouteGroupBuilder group) => group.MapGet("add-working-days", HandleAsync).WithSummary("The deadline of N working days for something received at an instant");

    public static async Task<Results<Ok<Response>, ValidationProblem>> HandleAsync(
        string? from, int? days, CalendarSource calendar, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsoInstant.TryParse(from, out var start))
        {
            errors["from"] = ["Give an ISO 8601 instant with its offset, e.g. 2026-02-13T09:00:00+07:00."];
        }

        if (days is not (>= 0 and <= MaxDays))
        {
            errors["days"] = [$"Give a whole number of working days from 0 to {MaxDays}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var due = (await calendar.GetAsync(cancellationToken)).AddWorkingDays(start.ToUniversalTime(), days!.Value);
        return TypedResults.Ok(new Response(start, days.Value, due));
    }
}
