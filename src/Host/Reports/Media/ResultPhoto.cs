using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Media;

/// <summary>
/// A photo recorded with a report's result (R7.1 step 4, issue 17 point 9): numbered for the reporter, never shown by
/// its file id. <see cref="Displayable"/> when browsers draw it (JPEG, PNG, WebP); others are offered as a download.
/// </summary>
public sealed record ResultPhoto(Guid Id, int Number, string ContentType, string Sha256)
{
    private static readonly string[] BrowserImages = ["image/jpeg", "image/png", "image/webp"];

    public bool Displayable => BrowserImages.Contains(ContentType);

    /// <summary>The result's photos still kept (R10.1 purges them after the retention period), in the order attached.</summary>
    public static async Task<IReadOnlyList<ResultPhoto>> ListAsync(AppDbContext db, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ReportMedia.AsNoTracking()
            .Where(m => m.ReportCode == code && m.Purpose == MediaPurposes.Result && m.PurgedAt == null && m.ContentType.StartsWith("image/"))
            .OrderBy(m => m.Position).Select(m => new { m.Id, m.ContentType, m.Sha256 }).ToListAsync(ct);
        return [.. rows.Select((m, i) => new ResultPhoto(m.Id, i + 1, m.ContentType, m.Sha256))];
    }
}
