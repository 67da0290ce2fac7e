using System.Buffers;
using LaiChau.Host.Reports.Submit;

namespace LaiChau.Host.Reports.Media.Remote;

/// <summary>A fetched file in a temporary file (like ASP.NET Core's buffered uploads), deleted when the request ends.</summary>
public sealed class TemporaryMedia : IAsyncDisposable
{
    private readonly string _path;

    private TemporaryMedia(string path, string name, string? contentType, long length)
    {
        _path = path;
        Media = new IncomingMedia(name, contentType, length, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true));
    }

    public IncomingMedia Media { get; }

    /// <summary>The response's body, or null (and nothing kept) when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<TemporaryMedia?> CopyAsync(HttpResponseMessage response, string name, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        var path = Path.Combine(Path.GetTempPath(), $"laichau-media-url-{Guid.NewGuid():N}.part");
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        long length = 0;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true))
            {
                await using var body = await response.Content.ReadAsStreamAsync(ct);
                int read;
                while ((read = await body.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        break;
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }

            if (length > maxBytes)
            {
                File.Delete(path);
                return null;
            }

            return new TemporaryMedia(path, name, response.Content.Headers.ContentType?.MediaType, length);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }
}
