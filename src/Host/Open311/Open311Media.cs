using LaiChau.Host.Reports.Media;
using LaiChau.Host.Reports.Media.Remote;
using LaiChau.Host.Reports.Submit;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Open311;

/// <summary>
/// Photos and videos on <c>POST requests</c> (R5.3): files in the repeatable multipart field <c>media</c>, and GeoReport
/// v2's own <c>media_url</c> for stock clients — fetched only from the hosts an administrator allows, never from an
/// inside address (SSRF); without such hosts it is refused with an error that says what to do instead (docs/open311.md).
/// </summary>
internal static class Open311Media
{
    public const string MediaUrlField = "media_url";

    /// <summary>
    /// The form within the media limits (<see cref="MediaForm"/>), or the refusal in the specification's error format:
    /// 413 over the limits, 400 naming what is wrong with a broken body.
    /// </summary>
    public static async Task<(IFormCollection? Form, IResult? Refused)> ReadFormAsync(string format, HttpRequest request, CancellationToken ct)
    {
        var read = await MediaForm.ReadAsync(request, ct);
        return read.Refusal switch
        {
            FormRefusal.None => (read.Form, null),
            FormRefusal.TooLarge => (null, TooLarge(format, request.HttpContext.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value)),
            _ => (null, Open311Results.Error(format, StatusCodes.Status400BadRequest, read.Detail!)),
        };
    }

    /// <summary>The files of the field <c>media</c>; files under any other name are refused.</summary>
    public static IReadOnlyList<IncomingMedia> Files(IFormCollection form, List<Open311Error> errors)
    {
        if (form.Files.Any(f => f.Name != MediaIntake.Field))
        {
            errors.Add(new Open311Error(400, $"{MediaIntake.Field}: ảnh, video phải được gửi trong trường {MediaIntake.Field}."));
        }

        return [.. form.Files.GetFiles(MediaIntake.Field).Select(f => new IncomingMedia(f.FileName, f.ContentType, f.Length, f.OpenReadStream))];
    }

    /// <summary>
    /// The file named by <c>media_url</c>: refused unless <c>Reports:Media:RemoteFetch:AllowedHosts</c> names hosts; then
    /// fetched (<see cref="RemoteMediaFetcher"/>) only when the rest of the form is in order, so a refused request
    /// fetches nothing.
    /// </summary>
    public static async Task<IReadOnlyList<IncomingMedia>> RemoteAsync(IFormCollection form, HttpContext http, List<Open311Error> errors, CancellationToken ct)
    {
        if (!form.TryGetValue(MediaUrlField, out var values))
        {
            return [];
        }

        var fetcher = http.RequestServices.GetRequiredService<RemoteMediaFetcher>();
        if (!fetcher.Enabled)
        {
            errors.Add(new Open311Error(400,
                $"{MediaUrlField}: hệ thống không tải tệp từ địa chỉ bên ngoài; vui lòng gửi ảnh, video trực tiếp trong trường {MediaIntake.Field} (multipart/form-data)."));
            return [];
        }

        if (errors.Count > 0 || string.IsNullOrWhiteSpace(values[0]))
        {
            return [];
        }

        var fetched = await fetcher.FetchAsync(values[0]!.Trim(), http.Response, ct);
        if (fetched.Refusal is { } refusal)
        {
            errors.Add(new Open311Error(400, $"{MediaUrlField}: {refusal}"));
            return [];
        }

        return [fetched.Media!];
    }

    private static IResult TooLarge(string format, MediaOptions options) =>
        Open311Results.Error(format, StatusCodes.Status413PayloadTooLarge,
            $"{MediaIntake.Field}: dung lượng gửi lên vượt quá giới hạn (mỗi ảnh tối đa {MediaIntake.Megabytes(options.MaxImageBytes)} MB, "
            + $"mỗi video tối đa {MediaIntake.Megabytes(options.MaxVideoBytes)} MB, cả yêu cầu tối đa {MediaIntake.Megabytes(options.MaxRequestBytes)} MB).");
}
