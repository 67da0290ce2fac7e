using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Tracking;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Media;

/// <summary>
/// The result's photos for the reporter (issue 17 point 9): <c>GET /tra-cuu/{code}/anh/{id}?k=</c> with the tracking
/// secret, whatever the report's publicity (a confidential report's result goes to its reporter, R7.1a), never for a
/// state secret (R7.1b), only once the result is given, and only the result's photos — not the reporter's own files.
/// </summary>
public static class TrackingMedia
{
    public static string Url(string code, Guid id, string? secret) =>
        $"{TrackingLinks.Path}/{Uri.EscapeDataString(code)}/anh/{id}?k={Uri.EscapeDataString(secret ?? "")}";

    public static void Map(WebApplication app) =>
        app.MapGet($"{TrackingLinks.Path}/{{code}}/anh/{{id:guid}}", GetAsync).AllowAnonymous().ExcludeFromDescription();

    public static async Task<IResult> GetAsync(
        string code, Guid id, string? k, HttpContext http, AppDbContext db, TrackingLinks links, IMediaStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var resultGiven = ReportCodes.IsWellFormed(code) && links.Verify(code, k)
            && await db.Reports.AsNoTracking().AnyAsync(r => r.Code == code && !r.StateSecret && r.Result != null, ct);
        var media = resultGiven
            ? await db.ReportMedia.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.ReportCode == code && m.Purpose == MediaPurposes.Result, ct)
            : null;
        return media is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy ảnh / Not found",
                detail: "Không có ảnh kết quả này cho đường dẫn tra cứu. / No such result photo for this tracking link.")
            : MediaEndpoints.Serve(http, store, media, "private, no-store");
    }
}
