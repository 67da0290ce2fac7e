using LaiChau.Host.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Calendar;

/// <summary><c>DELETE /api/v1/calendar/exceptions/{date}</c>: the day follows the rules again.</summary>
public static class DeleteCalendarException
{
    public static void Map(RouteGroupBuilder group) => group.MapDelete("exceptions/{date}", HandleAsync).WithSummary("The day follows the Labour Code's rules again");

    public static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> HandleAsync(
        string date, AppDbContext db, CalendarSource calendar, CancellationToken cancellationToken)
    {
        if (!PutCalendarException.TryParseDate(date, out var day))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["Give the day as yyyy-MM-dd."] });
        }

        var deleted = await db.CalendarExceptions.Where(r => r.Date == day).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return TypedResults.Problem($"There is no exception on {day:yyyy-MM-dd}.", statusCode: StatusCodes.Status404NotFound,
                title: "Calendar exception not found");
        }

        calendar.Invalidate();
        return TypedResults.NoContent();
    }
}
