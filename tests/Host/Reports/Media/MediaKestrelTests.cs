using System.Net;
using System.Net.Http.Headers;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>
/// R5.3 on the real server: an upload over the limits, sent chunked (no Content-Length to check up front), is cut off
/// by the multipart or Kestrel body limit with 413 — never read to the end, never stored — and the host goes on.
/// </summary>
public sealed class MediaKestrelTests
{
    [Theory]
    [InlineData(1, 20 * 1024 * 1024)] // one file far over the largest file allowed
    [InlineData(4, 900 * 1024)] // files each allowed, together over the request limit
    public async Task R5_3_AnOversizedChunkedUpload_IsRefusedWith413_AndNothingIsStored(int files, int bytesPerFile)
    {
        using var data = new TempDirectory();
        var url = $"http://127.0.0.1:{LoopbackPorts.Free()}";
        using var host = HostProcess.Start("--urls", url, "--Storage:DataDirectory", data.Path,
            "--Reports:Media:MaxImageBytes", "1048576", "--Reports:Media:MaxVideoBytes", "1048576", "--Reports:Media:MaxRequestBytes", "2097152");
        Assert.True(await host.WaitUntilListeningAsync(TimeSpan.FromSeconds(60)), host.StandardError);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var form = new MultipartFormDataContent { { new StringContent("khac"), "service_code" } };
        for (var i = 0; i < files; i++)
        {
            var file = new StreamContent(new GeneratedStream(MediaSamples.Jpeg(salt: i), bytesPerFile));
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(file, "media", $"{i}.jpg");
        }

        HttpStatusCode? status;
        try
        {
            status = (await http.PostAsync("/open311/v2/requests.json", form)).StatusCode;
        }
        catch (HttpRequestException)
        {
            status = null; // the server may close the connection while the client is still sending: refused as well
        }

        Assert.True(status is null or HttpStatusCode.RequestEntityTooLarge, $"{status}");
        // What the server answered, whatever the client saw (its output arrives asynchronously).
        await host.WaitForOutputAsync("responded 413", TimeSpan.FromSeconds(5));
        Assert.Contains("POST /open311/v2/requests.{format} responded 413", host.StandardOutput);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
        var media = Path.Combine(data.Path, "media");
        Assert.False(Directory.Exists(media) && Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Any());
    }

    /// <summary>A non-seekable stream of a given length (so HttpClient sends it chunked), starting with a real header.</summary>
    private sealed class GeneratedStream(byte[] head, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                var at = _position + i;
                buffer[offset + i] = at < head.Length ? head[at] : (byte)(at % 251);
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
