using System.Security.Claims;
using LaiChau.Host.ApiDocs;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Staff;
using LaiChau.Host.Security.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace LaiChau.Host.Reports.Media;

/// <summary>
/// Media leave the server only through authorised URLs (issue 6 point 6): staff who may see the report
/// (administrators, the lead agency's members, the monitoring centre — R11.1), or the public through a short-lived
/// signed link, issued and honoured only while the report is public (never hidden R9, confidential R7.1a or
/// state-secret R7.1b).
/// </summary>
public static class MediaEndpoints
{
    public sealed record MediaItem(Guid Id, int Position, string ContentType, long Size, DateTimeOffset CreatedAt, DateTimeOffset? PurgedAt, string? Url, DateTimeOffset? ExpiresAt);

    public static WebApplication MapReportMedia(this WebApplication app)
    {
        var staff = app.MapGroup("/api/v1/reports/{code}/media").RequireAuthorization(ApiKeysSetup.StaffPolicy).WithTags(ApiDocs.ApiTags.Media);
        staff.MapGet("", ListAsync).WithSummary("The report's photos and videos").Produces<List<MediaItem>>();
        staff.MapGet("{id:guid}", GetAsync).WithSummary("One photo or video (range requests)").ProducesMedia();
        app.MapGet("/api/v1/public/reports/{code}/media", PublicListAsync).AllowAnonymous().WithTags(ApiDocs.ApiTags.Media)
            .WithSummary("Signed links to a public report's media").Produces<List<MediaItem>>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet($"{MediaLinks.PublicPath}/{{token}}", PublicGetAsync).AllowAnonymous().WithTags(ApiDocs.ApiTags.Media)
            .WithSummary("The content behind a signed public link").ProducesMedia().ProducesProblem(StatusCodes.Status404NotFound);
        TrackingMedia.Map(app);
        return app;
    }

    public static async Task<IResult> ListAsync(string code, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if (await StaffCheckAsync(code, user, db, ct) is { } refused)
        {
            return refused;
        }

        var rows = await db.ReportMedia.AsNoTracking().Where(m => m.ReportCode == code).OrderBy(m => m.Position).ToListAsync(ct);
        return Results.Ok(rows.Select(m => new MediaItem(m.Id, m.Position, m.ContentType, m.Size, m.CreatedAt, m.PurgedAt,
            m.PurgedAt is null ? $"/api/v1/reports/{code}/media/{m.Id}" : null, null)).ToList());
    }

    public static async Task<IResult> GetAsync(
        string code, Guid id, ClaimsPrincipal user, HttpContext http, AppDbContext db, IMediaStore store, CancellationToken ct)
    {
        if (await StaffCheckAsync(code, user, db, ct) is { } refused)
        {
            return refused;
        }

        var media = await db.ReportMedia.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.ReportCode == code, ct);
        return media is null ? NotFound("No such media on this report.") : Serve(http, store, media, "private, no-store");
    }

    public static async Task<IResult> PublicListAsync(string code, AppDbContext db, MediaLinks links, CancellationToken ct)
    {
        if (!await IsPublicAsync(code, db, ct))
        {
            return NotFound("No public report has this code.");
        }

        var rows = await db.ReportMedia.AsNoTracking().Where(m => m.ReportCode == code && m.PurgedAt == null)
            .OrderBy(m => m.Position).ToListAsync(ct);
        return Results.Ok(rows.Select(m =>
        {
            var (url, expiresAt) = links.Create(m.Id);
            return new MediaItem(m.Id, m.Position, m.ContentType, m.Size, m.CreatedAt, null, url, expiresAt);
        }).ToList());
    }

    public static async Task<IResult> PublicGetAsync(string token, HttpContext http, AppDbContext db, MediaLinks links, IMediaStore store, CancellationToken ct)
    {
        var link = links.Read(token);
        if (link.Expired)
        {
            return Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Link expired", detail: "This link has expired; open the report again for a new one.");
        }

        var media = link.MediaId is { } id ? await db.ReportMedia.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) : null;
        // Checked again at download: a report hidden or marked confidential after the link was issued stops it at once.
        if (media is null || !await IsPublicAsync(media.ReportCode, db, ct))
        {
            return NotFound("No such media.");
        }

        return Serve(http, store, media, "private, max-age=60");
    }

    /// <summary>
    /// Null when the caller may see the report (and so its media) by the staff rules of <see cref="ReportAccess"/>:
    /// the lead agency's members, the monitoring centre and administrators; state-secret reports (R7.1b) only the
    /// lead agency's leaders among agency staff. Else the refusal (404 for an unknown report).
    /// </summary>
    private static async Task<IResult?> StaffCheckAsync(string code, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
        if (report is null)
        {
            return NotFound("No report has this code.");
        }

        return new ReportAccess(user).MaySee(report) ? null : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            detail: "Only the report's lead agency, the monitoring centre and administrators see its media.");
    }

    private static Task<bool> IsPublicAsync(string code, AppDbContext db, CancellationToken ct) =>
        db.Reports.AsNoTracking().AnyAsync(r => r.Code == code && !r.Hidden && !r.Confidential && !r.StateSecret, ct);

    /// <summary>
    /// The stored bytes with their sniffed type only, never sniffed again by the browser (nosniff), shown inline
    /// under a name made from the report code, sandboxed, with range requests for video.
    /// </summary>
    internal static IResult Serve(HttpContext http, IMediaStore store, ReportMediaRow media, string cacheControl)
    {
        if (media.PurgedAt is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Media purged",
                detail: "This media was deleted after its retention period (R10.1).");
        }

        var stream = store.OpenRead(media.Sha256);
        if (stream is null)
        {
            return NotFound("The media's content is not stored.");
        }

        var headers = http.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        headers[HeaderNames.CacheControl] = cacheControl;
        headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("inline")
        {
            FileName = $"{media.ReportCode}-{media.Position}{MediaSniffer.ExtensionOf(media.ContentType)}",
        }.ToString();
        return Results.Stream(stream, media.ContentType, lastModified: media.CreatedAt,
            entityTag: new EntityTagHeaderValue($"\"{media.Sha256}\""), enableRangeProcessing: true);
    }

    private static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
