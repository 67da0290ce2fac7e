using System.Net;
using LaiChau.Host.Reports.Submit;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Media.Remote;

/// <summary>A fetched <c>media_url</c> as an upload (kept in a temporary file until the request ends), or why it was refused (Vietnamese).</summary>
public sealed record RemoteFetch(IncomingMedia? Media, string? Refusal);

/// <summary>
/// Fetches GeoReport v2's <c>media_url</c> for stock Open311 clients (R5.3), only from the allowed hosts, over HTTPS,
/// never to an inside address (<see cref="RemoteFetchHandler"/>), within the time allowed and the largest file allowed,
/// following redirects only to the same host. The file then goes through intake exactly like an upload: its type
/// sniffed, its size per kind checked, its metadata removed.
/// </summary>
public sealed partial class RemoteMediaFetcher(
    IHttpClientFactory clients, IOptions<RemoteFetchOptions> options, IOptions<MediaOptions> media, TimeProvider clock, ILogger<RemoteMediaFetcher> logger)
{
    public const string ClientName = "media-url";

    private readonly RemoteFetchOptions _options = options.Value;

    public bool Enabled => _options.Enabled;

    /// <summary>The fetched file; its temporary copy is deleted when <paramref name="owner"/> (the request) ends.</summary>
    public async Task<RemoteFetch> FetchAsync(string url, HttpResponse owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.UserInfo.Length > 0)
        {
            return Refused("phải là một địa chỉ https:// đầy đủ.");
        }

        if (!_options.Allows(uri.IdnHost))
        {
            return Refused("máy chủ của địa chỉ này không có trong danh sách được phép tải; vui lòng gửi tệp trực tiếp trong trường media.");
        }

        // The app's clock, so that tests move it; a hung server is cut off after Timeout whatever it sends.
        using var timeout = new CancellationTokenSource(_options.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var client = clients.CreateClient(ClientName);
        try
        {
            for (var (current, hops) = (uri, 0); ; hops++)
            {
                using var response = await client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                if ((int)response.StatusCode is >= 300 and < 400)
                {
                    var next = response.Headers.Location is { } location ? new Uri(current, location) : null;
                    if (next is null || hops >= _options.MaxRedirects || next.Scheme != Uri.UriSchemeHttps
                        || !string.Equals(next.IdnHost, uri.IdnHost, StringComparison.OrdinalIgnoreCase) || next.Port != uri.Port)
                    {
                        return Refused("địa chỉ chuyển hướng sang máy chủ khác (hoặc quá nhiều lần); hệ thống không theo.");
                    }

                    current = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return Refused($"máy chủ trả lời lỗi {(int)response.StatusCode}, không tải được tệp.");
                }

                var file = await TemporaryMedia.CopyAsync(response, NameOf(current), MaxBytes, linked.Token);
                if (file is null)
                {
                    return Refused($"tệp lớn hơn giới hạn {MediaIntake.Megabytes(MaxBytes)} MB.");
                }

                owner.RegisterForDisposeAsync(file);
                return new RemoteFetch(file.Media, null);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return Refused($"máy chủ không gửi xong tệp trong {_options.Timeout.TotalSeconds:0} giây.");
        }
        catch (HttpRequestException ex) when (ex.InnerException is RemoteAddressRefusedException || ex.InnerException?.InnerException is RemoteAddressRefusedException)
        {
            LogAddressRefused(logger, uri.IdnHost);
            return Refused("địa chỉ này trỏ vào mạng nội bộ; hệ thống không tải tệp từ đó.");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return Refused("không kết nối được tới máy chủ (lỗi mạng hoặc chứng chỉ HTTPS).");
        }
    }

    private long MaxBytes => Math.Max(media.Value.MaxImageBytes, media.Value.MaxVideoBytes);

    /// <summary>The last segment of the path, for the reporter's messages ("Tệp thứ 1 (anh.jpg)").</summary>
    private static string NameOf(Uri uri) => WebUtility.UrlDecode(uri.Segments[^1]).Trim('/') is { Length: > 0 } name ? name : "media_url";

    private static RemoteFetch Refused(string message) => new(null, message);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "media_url fetch refused: {Host} resolves to an address that is not public")]
    private static partial void LogAddressRefused(ILogger logger, string host);
}
