using LaiChau.Host.Calendar;
using LaiChau.Host.Data;
using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Media;
using LaiChau.Workflows.Time;
using LaiChau.Host.Reports.Tracking;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Open311;

/// <summary>
/// The public read side of GeoReport v2. Hidden (R9), confidential (R7.1a) and state-secret (R7.1b) reports do not
/// exist here: a GET for one answers 404, as for an unknown code.
/// </summary>
internal static class Open311RequestQueries
{
    /// <summary>The specification's defaults: the last 90 days, at most 1,000 requests.</summary>
    public const int MaxResults = 1000;

    public static readonly TimeSpan DefaultSpan = TimeSpan.FromDays(90);

    public static async Task<IResult> ListAsync(
        string format, string? jurisdiction_id, string? service_request_id, string? service_code, string? start_date,
        string? end_date, string? status, AppDbContext db, TimeProvider clock, MediaLinks links, HttpRequest request, CancellationToken ct)
    {
        if (Open311Results.Refuse(format, jurisdiction_id) is { } refused)
        {
            return refused;
        }

        var query = Public(db);
        if (service_request_id is not null)
        {
            var codes = Split(service_request_id);
            query = query.Where(r => codes.Contains(r.Code));
        }
        else
        {
            if (!TryInstant(start_date, out var start) || !TryInstant(end_date, out var end))
            {
                return Open311Results.Error(format, StatusCodes.Status400BadRequest,
                    "start_date and end_date must be W3C date-times with an offset, e.g. 2026-03-01T00:00:00+07:00.");
            }

            var to = end ?? clock.GetUtcNow();
            var from = start ?? to - DefaultSpan;
            query = query.Where(r => r.ReceivedAt >= from && r.ReceivedAt <= to);
            if (service_code is not null)
            {
                var services = Split(service_code);
                query = query.Where(r => services.Contains(r.CategoryCode));
            }

            if (status is not null)
            {
                if (status is not ("open" or "closed"))
                {
                    return Open311Results.Error(format, StatusCodes.Status400BadRequest, "status must be 'open' or 'closed'.");
                }

                query = status == "closed"
                    ? query.Where(r => r.State == ReportState.Rejected || r.State == ReportState.Resolved || r.State == ReportState.Closed || r.State == ReportState.Merged)
                    : query.Where(r => r.State != ReportState.Rejected && r.State != ReportState.Resolved && r.State != ReportState.Closed && r.State != ReportState.Merged);
            }
        }

        var rows = await query.OrderByDescending(r => r.ReceivedAt).Take(MaxResults).ToListAsync(ct);
        var requests = await ViewsAsync(rows, db, new PublicPhotos(links, request), ct);
        return Open311Results.Ok(format, requests, () => Open311Xml.Requests(requests));
    }

    public static async Task<IResult> OneAsync(
        string id, string format, string? jurisdiction_id, AppDbContext db, MediaLinks links, HttpRequest request, CancellationToken ct)
    {
        if (Open311Results.Refuse(format, jurisdiction_id) is { } refused)
        {
            return refused;
        }

        var row = await Public(db).FirstOrDefaultAsync(r => r.Code == id, ct);
        if (row is null)
        {
            return Open311Results.Error(format, StatusCodes.Status404NotFound, $"service_request_id '{id}' is not a public request here.");
        }

        var requests = await ViewsAsync([row], db, new PublicPhotos(links, request), ct);
        return Open311Results.Ok(format, requests, () => Open311Xml.Requests(requests));
    }

    /// <summary>Tokens are the report codes: a request is never deferred here.</summary>
    public static async Task<IResult> TokenAsync(string id, string format, string? jurisdiction_id, AppDbContext db, CancellationToken ct)
    {
        if (Open311Results.Refuse(format, jurisdiction_id) is { } refused)
        {
            return refused;
        }

        if (!await db.Reports.AnyAsync(r => r.Code == id, ct))
        {
            return Open311Results.Error(format, StatusCodes.Status404NotFound, $"token '{id}' is not known here.");
        }

        var token = new Open311Token(id, id);
        return Open311Results.Ok(format, new[] { token }, () => Open311Xml.Tokens(token));
    }

    private static IQueryable<ReportRow> Public(AppDbContext db) =>
        db.Reports.AsNoTracking().Where(r => !r.Hidden && !r.Confidential && !r.StateSecret);

    private static async Task<List<Open311Request>> ViewsAsync(List<ReportRow> rows, AppDbContext db, PublicPhotos photos, CancellationToken ct)
    {
        var mediaUrls = await photos.FirstPhotoLinksAsync(db, [.. rows.Select(r => r.Code)], ct);
        var agencyCodes = rows.Select(r => r.LeadAgency).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyCodes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        var categoryCodes = rows.Select(r => r.CategoryCode).Distinct().ToList();
        var categories = await db.Categories.AsNoTracking().Where(c => categoryCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        // Issue 17 point 2: what is public of the notices follows the state in words.
        var notices = await ReporterNotices.PublicAsync(db, [.. rows.Select(r => r.Code)], ct);
        return [.. rows.Select(r => new Open311Request(
            r.Code,
            ReportStatusNotes.IsClosed(r.State) ? "closed" : "open",
            ReporterNotices.StatusNotes(r.StatusNotes, notices.GetValueOrDefault(r.Code)),
            categories.GetValueOrDefault(r.CategoryCode),
            r.CategoryCode,
            r.Description,
            agencies.GetValueOrDefault(r.LeadAgency, r.LeadAgency),
            null,
            Date(r.ReceivedAt),
            Date(r.ClosedAt ?? r.UpdatedAt),
            Date(r.DueAt),
            r.Address,
            null,
            null,
            r.Lat,
            r.Lon,
            mediaUrls.GetValueOrDefault(r.Code)))];
    }

    private static string Date(DateTimeOffset instant) => VietnamTime.Iso(instant);

    private static List<string> Split(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxResults)];

    /// <summary>An optional filter: absent is fine, present must be an instant with its offset.</summary>
    private static bool TryInstant(string? text, out DateTimeOffset? instant)
    {
        instant = null;
        if (text is null)
        {
            return true;
        }

        var ok = IsoInstant.TryParse(text, out var parsed);
        instant = ok ? parsed : null;
        return ok;
    }
}
