using System.Globalization;
using System.Security.Claims;
using LaiChau.Host.Data;
using LaiChau.Workflows.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Calendar;

/// <summary>
/// <c>PUT /api/v1/calendar/exceptions/{date}</c>: an administrator records the government's decision for one day —
/// a day off, or a Saturday worked in a swap — with its legal reference. Creates or replaces.
/// </summary>
public static class PutCalendarException
{
    public sealed record Request(string? Kind, string? Reason, string? LegalReference);

    public sealed record Response(DateOnly Date, string Kind, string Reason, string LegalReference, string ChangedBy);

    public static void Map(RouteGroupBuilder group) => group.MapPut("exceptions/{date}", HandleAsync).WithSummary("Record an official day off or worked day");

    public static async Task<Results<Ok<Response>, Created<Response>, ValidationProblem>> HandleAsync(
        string date, Request request, ClaimsPrincipal user, AppDbContext db, CalendarSource calendar, CancellationToken cancellationToken)
    {
        var errors = Validate(date, request, out var day, out var kind);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var row = await db.CalendarExceptions.SingleOrDefaultAsync(r => r.Date == day, cancellationToken);
        var created = row is null;
        row ??= db.CalendarExceptions.Add(new CalendarExceptionRow { Date = day, Reason = "", LegalReference = "", ChangedBy = "" }).Entity;
        row.Kind = kind;
        row.Reason = request.Reason!.Trim();
        row.LegalReference = request.LegalReference!.Trim();
        row.ChangedBy = user.Identity?.Name ?? "unknown";
        await db.SaveChangesAsync(cancellationToken);
        calendar.Invalidate();

        var response = new Response(row.Date, row.Kind.ToString(), row.Reason, row.LegalReference, row.ChangedBy);
        return created
            ? TypedResults.Created($"/api/v1/calendar/exceptions/{day:yyyy-MM-dd}", response)
            : TypedResults.Ok(response);
    }

    internal static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= WorkingDayCalendar.MinYear and <= WorkingDayCalendar.MaxYear;

    private static Dictionary<string, string[]> Validate(string date, Request request, out DateOnly day, out CalendarDayKind kind)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TryParseDate(date, out day))
        {
            errors["date"] = [$"Give the day as yyyy-MM-dd, between {WorkingDayCalendar.MinYear} and {WorkingDayCalendar.MaxYear}."];
        }

        if (!Enum.TryParse(request.Kind, ignoreCase: true, out kind) || !Enum.IsDefined(kind))
        {
            errors["kind"] = ["Kind must be DayOff or WorkingDay."];
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > CalendarExceptionRowConfiguration.MaxTextLength)
        {
            errors["reason"] = [$"Reason is required (at most {CalendarExceptionRowConfiguration.MaxTextLength} characters)."];
        }

        if (string.IsNullOrWhiteSpace(request.LegalReference) || request.LegalReference.Length > CalendarExceptionRowConfiguration.MaxTextLength)
        {
            errors["legalReference"] = [$"Legal reference is required: the decision or notice that sets this day (at most {CalendarExceptionRowConfiguration.MaxTextLength} characters)."];
        }

        return errors;
    }
}
