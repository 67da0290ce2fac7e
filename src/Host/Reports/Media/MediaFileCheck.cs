using LaiChau.Host.Reports.Media.Metadata;
using LaiChau.Host.Reports.Submit;

namespace LaiChau.Host.Reports.Media;

/// <summary>R5.3 and R5.5 for one file at intake: what its content is, whether its size is allowed, where its metadata are.</summary>
internal static class MediaFileCheck
{
    /// <summary>
    /// One file: its content's type, its size, and — for HEIC/HEIF, MP4 and MOV — where its metadata are (R5.5): a
    /// file whose boxes cannot be followed is refused, since what it carries could not be removed.
    /// </summary>
    public static async Task<(CheckedMedia? File, string? Message)> CheckAsync(IncomingMedia file, string label, MediaOptions options, CancellationToken ct)
    {
        if (file.Length <= 0)
        {
            return (null, $"{label} rỗng.");
        }

        await using var stream = file.Open();
        // The buffered upload's own length where it is known, rather than the channel's word for it.
        var length = stream.CanSeek ? stream.Length : file.Length;
        var type = await MediaSniffer.SniffAsync(stream, ct);
        if (length == 0)
        {
            return (null, $"{label} rỗng.");
        }

        if (type is null)
        {
            return (null, $"{label} không phải ảnh (JPEG, PNG, WebP, HEIC) hoặc video (MP4, MOV, WebM): nội dung tệp không khớp với định dạng nào được nhận.");
        }

        if (length > options.MaxBytes(type.Kind))
        {
            return (null, $"{label} quá lớn ({MediaIntake.Megabytes(length)} MB); {(type.Kind == MediaKind.Image ? "ảnh" : "video")} tối đa {MediaIntake.Megabytes(options.MaxBytes(type.Kind))} MB.");
        }

        if (!IsoBmffMetadata.Handles(type))
        {
            return (new CheckedMedia(file, type), null);
        }

        var patches = await PlanAsync(file, stream, options.MaxBytes(type.Kind), ct);
        return patches is null
            ? (null, $"{label} có cấu trúc không đọc được, nên không xoá được vị trí GPS và thông tin thiết bị trong tệp; vui lòng gửi tệp gốc chụp từ điện thoại.")
            : (new CheckedMedia(file, type, patches), null);
    }

    /// <summary>The metadata patches of an ISO-BMFF file (a stream that cannot seek is read into memory first, within the limit).</summary>
    private static async Task<IReadOnlyList<BytePatch>?> PlanAsync(IncomingMedia file, Stream stream, long maxBytes, CancellationToken ct)
    {
        if (stream.CanSeek)
        {
            return IsoBmffMetadata.Plan(stream);
        }

        using var copy = new MemoryStream();
        await using var again = file.Open();
        var buffer = new byte[81920];
        int read;
        while ((read = await again.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                return null; // longer than it said: not read any further
            }

            copy.Write(buffer, 0, read);
        }

        return IsoBmffMetadata.Plan(copy);
    }
}
