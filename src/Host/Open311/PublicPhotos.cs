using LaiChau.Host.Data;
using LaiChau.Host.Reports.Media;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Open311;

/// <summary>
/// Open311's <c>media_url</c> for public requests: a signed, short-lived link (Reports:Media:PublicLinkLifetime) to the
/// report's first photo that retention has not purged (R10.1). Callers pass only public reports.
/// </summary>
public sealed class PublicPhotos(MediaLinks links, HttpRequest request)
{
    public async Task<Dictionary<string, string>> FirstPhotoLinksAsync(AppDbContext db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var photos = await db.ReportMedia.AsNoTracking()
            .Where(m => codes.Contains(m.ReportCode) && m.PurgedAt == null && m.ContentType.StartsWith("image/"))
            .Select(m => new { m.ReportCode, m.Position, m.Id })
            .ToListAsync(ct);
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return photos.GroupBy(p => p.ReportCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => origin + links.Create(g.MinBy(p => p.Position)!.Id).Url, StringComparer.Ordinal);
    }
}
