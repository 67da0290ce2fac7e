using LaiChau.Host.Data;
using LaiChau.Host.Reports.Media;
using LaiChau.Reporting.Letters;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Letters;

/// <summary>
/// The files recorded with the result (R7.1 step 4) as the letter shows them (issue 17 point 9): each named for the
/// reader ("Ảnh 1", "Video 1"), never by its file id, and the JPEG and PNG photos drawn as pictures (metadata already
/// stripped when they were stored). Other photos, and any PDFsharp cannot read, are listed and shown on the tracking page.
/// </summary>
public sealed class ResultFiles(AppDbContext db, IMediaStore store)
{
    private static readonly string[] Printable = ["image/jpeg", "image/png"];

    public async Task<(IReadOnlyList<string> Attachments, IReadOnlyList<LetterPhoto> Photos)> ForLetterAsync(string code, CancellationToken ct)
    {
        var rows = await db.ReportMedia.AsNoTracking().Where(m => m.ReportCode == code && m.Purpose == MediaPurposes.Result && m.PurgedAt == null)
            .OrderBy(m => m.Position).Select(m => new { m.ContentType, m.Sha256 }).ToListAsync(ct);
        var (photos, videos) = (0, 0);
        var attachments = new List<string>();
        var pictures = new List<LetterPhoto>();
        foreach (var row in rows)
        {
            var image = row.ContentType.StartsWith("image/", StringComparison.Ordinal);
            var caption = image ? $"Ảnh {++photos}" : $"Video {++videos}";
            var bytes = image && Printable.Contains(row.ContentType) ? await ReadAsync(row.Sha256, ct) : null;
            if (bytes is not null && LetterPhoto.IsDrawable(bytes))
            {
                pictures.Add(new LetterPhoto(bytes, caption));
                attachments.Add(caption);
            }
            else
            {
                attachments.Add(image ? $"{caption} (xem trên trang tra cứu)" : caption);
            }
        }

        return (attachments, pictures);
    }

    private async Task<byte[]?> ReadAsync(string sha256, CancellationToken ct)
    {
        await using var stream = store.OpenRead(sha256);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
