using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Reports.Media.Remote;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Tests.Reports;
using LaiChau.Host.Tests.Reports.Media;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Open311;

/// <summary>
/// GeoReport v2's <c>media_url</c> for stock clients (issue 19): fetched only from allowed hosts over HTTPS, never from an
/// inside address whatever the allow-list says, with the upload's limits, a timeout and same-host redirects only.
/// </summary>
public sealed class MediaUrlTests : IAsyncLifetime
{
    private const string Requests = "/open311/v2/requests.json";
    private readonly List<HostFactory> _hosts = [];
    private LoopbackHttpsServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackHttpsServer.StartAsync(
        new Dictionary<string, (string, byte[])>
        {
            ["/photo.heic"] = ("image/jpeg", IsoSamples.Heic()), // the declared type is a hint only: the content decides
            ["/page.html"] = ("image/jpeg", MediaSamples.Html()),
            ["/wide.jpg"] = ("image/jpeg", MediaSamples.Jpeg(6000)),
            ["/huge.mp4"] = ("video/mp4", MediaSamples.Mp4(9000)),
        },
        new Dictionary<string, string> { ["/moved"] = "/photo.heic", ["/elsewhere"] = "https://127.0.0.1:{port}/photo.heic" });

    [Fact]
    public async Task MediaUrl_OnAnAllowedHostThatIsLoopback_IsRefusedBeforeAnyRequest()
    {
        var world = await WorldAsync(allowLoopback: false);

        var byName = await PostAsync(world, _server.Url("localhost", "/photo.heic"));
        var byAddress = await PostAsync(world, _server.Url("127.0.0.1", "/photo.heic"));

        Assert.Equal("media_url: địa chỉ này trỏ vào mạng nội bộ; hệ thống không tải tệp từ đó.", await ErrorAsync(byName));
        Assert.Equal("media_url: địa chỉ này trỏ vào mạng nội bộ; hệ thống không tải tệp từ đó.", await ErrorAsync(byAddress));
        Assert.Equal(0, _server.Requests);
    }

    [Fact]
    public async Task MediaUrl_NotHttps_OrOnAHostNotAllowed_IsRefusedWithoutConnecting()
    {
        var world = await WorldAsync(allowLoopback: true);

        var plain = await PostAsync(world, $"http://localhost:{_server.Port}/photo.heic");
        var other = await PostAsync(world, "https://media.example.invalid/photo.heic");

        Assert.Equal("media_url: phải là một địa chỉ https:// đầy đủ.", await ErrorAsync(plain));
        Assert.Equal("media_url: máy chủ của địa chỉ này không có trong danh sách được phép tải; vui lòng gửi tệp trực tiếp trong trường media.", await ErrorAsync(other));
        Assert.Equal(0, _server.Requests);
    }

    [Fact]
    public async Task MediaUrl_FromAnAllowedHost_IsTakenLikeAnUpload_WithoutItsMetadata()
    {
        var world = await WorldAsync(allowLoopback: true);

        var direct = await PostAsync(world, _server.Url("localhost", "/photo.heic"));
        var moved = await PostAsync(world, _server.Url("localhost", "/moved"), "Đèn đường hỏng cả dãy phố, buổi tối rất tối.");

        var code = await MediaIntakeTests.CodeAsync(direct);
        await MediaIntakeTests.CodeAsync(moved);
        var media = await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/media");
        Assert.Equal("image/heic", media[0].GetProperty("contentType").GetString());
        var served = await world.As("an.nguyen").GetByteArrayAsync(media[0].GetProperty("url").GetString());
        MetadataOracle.AssertNoPositionDeviceOrOwner(served);
        Assert.Equal(IsoSamples.Heic().Length, served.Length);
    }

    [Theory]
    [InlineData("/elsewhere", "media_url: địa chỉ chuyển hướng sang máy chủ khác (hoặc quá nhiều lần); hệ thống không theo.")]
    [InlineData("/missing", "media_url: máy chủ trả lời lỗi 404, không tải được tệp.")]
    [InlineData("/huge.mp4", "media_url: tệp lớn hơn giới hạn 0,008 MB.")]
    [InlineData("/wide.jpg", "media: Tệp thứ 1 (wide.jpg) quá lớn (0,006 MB); ảnh tối đa 0,004 MB.")]
    [InlineData("/page.html", "media: Tệp thứ 1 (page.html) không phải ảnh (JPEG, PNG, WebP, HEIC) hoặc video (MP4, MOV, WebM): nội dung tệp không khớp với định dạng nào được nhận.")]
    public async Task MediaUrl_OtherHostsRedirectsErrorsAndLimits_AreRefused_AsForUploads(string path, string error)
    {
        var world = await WorldAsync(allowLoopback: true);

        var response = await PostAsync(world, _server.Url("localhost", path));

        Assert.Equal(error, await ErrorAsync(response));
    }

    [Fact]
    public async Task MediaUrl_AServerThatDoesNotAnswer_IsCutOffAfterTheTimeout()
    {
        var world = await WorldAsync(allowLoopback: true);

        var posting = PostAsync(world, _server.Url("localhost", "/hang"));
        await _server.HangStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        world.Host.Clock.Advance(TimeSpan.FromSeconds(11));

        Assert.Equal("media_url: máy chủ không gửi xong tệp trong 10 giây.", await ErrorAsync(await posting));
    }

    /// <summary>
    /// A host that allows the test server's host names; <paramref name="allowLoopback"/> lets it reach loopback (and
    /// trusts the server's certificate) — the default policy, which every other host runs, refuses it.
    /// </summary>
    private async Task<ReportWorld> WorldAsync(bool allowLoopback)
    {
        var host = new HostFactory()
            .With("Reports:Media:RemoteFetch:AllowedHosts:0", "localhost").With("Reports:Media:RemoteFetch:AllowedHosts:1", "127.0.0.1")
            .With("Reports:Media:MaxImageBytes", "4096").With("Reports:Media:MaxVideoBytes", "8192");
        if (allowLoopback)
        {
            host.WithServices(s => s.AddHttpClient(RemoteMediaFetcher.ClientName).ConfigurePrimaryHttpMessageHandler(() => RemoteFetchHandler.Create(
                new LoopbackToo(), (_, certificate, _, _) => certificate?.GetCertHashString() == _server.Certificate.Thumbprint)));
        }

        _hosts.Add(host);
        return await ReportWorld.StartAsync(host);
    }

    private static Task<HttpResponseMessage> PostAsync(ReportWorld world, string url, string? description = null) =>
        world.Public.PostAsync(Requests, new FormUrlEncodedContent(ReportWorld.Form(world.Open311Key, f =>
        {
            f["service_code"] = "rac-thai"; // needs a photo: the fetched one counts
            f["media_url"] = url;
            if (description is not null)
            {
                f["description"] = description;
            }
        })));

    private static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
        return Assert.Single(JsonDocument.Parse(body).RootElement.EnumerateArray()).GetProperty("description").GetString()!;
    }

    private sealed class LoopbackToo : IRemoteAddressPolicy
    {
        public bool Allows(IPAddress address) => IPAddress.IsLoopback(address) || new PublicAddressPolicy().Allows(address);
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _server.DisposeAsync();
    }
}
