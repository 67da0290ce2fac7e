using System.Net;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>R5.3 at intake through Open311 multipart POSTs: required media per category, content sniffing, limits.</summary>
public abstract class MediaIntakeTests : ProviderTestBase
{
    private const string Requests = "/open311/v2/requests.json";

    [Fact]
    public async Task R5_3_CategoryNeedingAPhoto_RefusesAReportWithout_AndTakesOneWithAPhoto()
    {
        var world = await WorldAsync();

        var without = await PostAsync(world, "rac-thai");
        var videoOnly = await PostAsync(world, "rac-thai", ("clip.mp4", "video/mp4", MediaSamples.Mp4()));
        var withPhoto = await PostAsync(world, "rac-thai", ("IMG_0001.JPG", "image/jpeg", MediaSamples.Jpeg()), ("clip.mov", "video/quicktime", MediaSamples.Mov()));
        var otherWithout = await PostAsync(world, "khac");

        Assert.Contains("media: Vui lòng gửi kèm ít nhất một ảnh chụp hiện trường.", await ErrorsAsync(without, HttpStatusCode.BadRequest));
        Assert.Contains("media: Vui lòng gửi kèm ít nhất một ảnh chụp hiện trường.", await ErrorsAsync(videoOnly, HttpStatusCode.BadRequest));
        var code = await CodeAsync(withPhoto);
        await CodeAsync(otherWithout);
        var rows = await MediaRowsAsync(world.Host);
        Assert.Equal([(code, 1, "image/jpeg", 256L), (code, 2, "video/quicktime", 1024L)],
            rows.Select(m => (m.ReportCode, m.Position, m.ContentType, m.Size)).ToList());
        Assert.All(rows, m => Assert.Equal(world.Host.Clock.GetUtcNow(), m.CreatedAt));
    }

    [Fact]
    public async Task R5_3_AJpgThatIsReallyHtml_IsRefused_ByItsContent()
    {
        var world = await WorldAsync();

        var response = await PostAsync(world, "khac", ("anh-hien-truong.jpg", "image/jpeg", MediaSamples.Html()));

        var error = Assert.Single(await ErrorsAsync(response, HttpStatusCode.BadRequest));
        Assert.StartsWith("media: Tệp thứ 1 (anh-hien-truong.jpg) không phải ảnh (JPEG, PNG, WebP, HEIC) hoặc video", error);
        Assert.Empty(await MediaRowsAsync(world.Host));
        Assert.Equal(0, await CountAsync(world.Host, db => db.Reports));
    }

    [Fact]
    public async Task R5_3_SizeAndCountLimits_AreExplainedInVietnamese()
    {
        var world = await WorldAsync(host => host.With("Reports:Media:MaxImageBytes", "4096").With("Reports:Media:MaxVideoBytes", "8192").With("Reports:Media:MaxFiles", "2"));

        var bigPhoto = await PostAsync(world, "khac", ("a.png", "image/png", MediaSamples.Png(6000)));
        var tooMany = await PostAsync(world, "khac", ("1.jpg", "image/jpeg", MediaSamples.Jpeg(salt: 1)), ("2.jpg", "image/jpeg", MediaSamples.Jpeg(salt: 2)), ("3.jpg", "image/jpeg", MediaSamples.Jpeg(salt: 3)));
        var photoSizedVideo = await PostAsync(world, "khac", ("v.webm", "video/webm", MediaSamples.WebM(6000)));

        Assert.Equal(["media: Tệp thứ 1 (a.png) quá lớn (0,006 MB); ảnh tối đa 0,004 MB."], await ErrorsAsync(bigPhoto, HttpStatusCode.BadRequest));
        Assert.Equal(["media: Chỉ được gửi tối đa 2 tệp ảnh, video cho mỗi phản ánh (đã gửi 3 tệp)."], await ErrorsAsync(tooMany, HttpStatusCode.BadRequest));
        await CodeAsync(photoSizedVideo); // 6 000 bytes is too much for a photo here, not for a video
    }

    [Fact]
    public async Task R5_3_AnUploadOverTheLimits_IsRefusedWith413_BeforeItIsStored()
    {
        var world = await WorldAsync(host => host.With("Reports:Media:MaxImageBytes", "4096").With("Reports:Media:MaxVideoBytes", "8192").With("Reports:Media:MaxRequestBytes", "20000"));

        var hugeFile = await PostAsync(world, "khac", ("big.mp4", "video/mp4", MediaSamples.Mp4(15_000)));
        var hugeRequest = await PostAsync(world, "khac", ("1.mp4", "video/mp4", MediaSamples.Mp4(8000, 1)), ("2.mp4", "video/mp4", MediaSamples.Mp4(8000, 2)), ("3.mp4", "video/mp4", MediaSamples.Mp4(8000, 3)));

        Assert.StartsWith("media: dung lượng gửi lên vượt quá giới hạn", Assert.Single(await ErrorsAsync(hugeFile, HttpStatusCode.RequestEntityTooLarge)));
        Assert.StartsWith("media: dung lượng gửi lên vượt quá giới hạn", Assert.Single(await ErrorsAsync(hugeRequest, HttpStatusCode.RequestEntityTooLarge)));
        var xml = await world.Public.PostAsync("/open311/v2/requests.xml",
            MediaSamples.Multipart(ReportWorld.Form(world.Open311Key, f => f["service_code"] = "khac"), ("big.mp4", "video/mp4", MediaSamples.Mp4(15_000))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, xml.StatusCode);
        Assert.Contains("<error><code>413</code><description>media: dung lượng", await xml.Content.ReadAsStringAsync());
        Assert.Empty(world.Host.Services.GetRequiredService<LaiChau.Host.Reports.Media.IMediaStore>().List());
        Assert.Empty(await MediaRowsAsync(world.Host));
    }

    [Fact]
    public async Task R5_3_MediaUrl_IsRefused_TheServerFetchesNothing()
    {
        var world = await WorldAsync();

        var response = await world.Public.PostAsync(Requests, new FormUrlEncodedContent(ReportWorld.Form(world.Open311Key, f =>
        {
            f["service_code"] = "khac";
            f["media_url"] = "http://169.254.169.254/latest/meta-data/";
        })));

        Assert.Contains("media_url: hệ thống không tải tệp từ địa chỉ bên ngoài; vui lòng gửi ảnh, video trực tiếp trong trường media (multipart/form-data).",
            await ErrorsAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task R5_3_AFailedIntake_LeavesNoMediaRow_OnlyABlobThatTheSweepRemoves()
    {
        var world = await WorldAsync(host => host.With("Reports:Intake:ProcessId", "no-such-process"));

        var response = await PostAsync(world, "rac-thai", ("a.jpg", "image/jpeg", MediaSamples.Jpeg()));

        Assert.False(response.IsSuccessStatusCode);
        Assert.Empty(await MediaRowsAsync(world.Host));
        Assert.Equal(0, await CountAsync(world.Host, db => db.Reports));
        var store = world.Host.Services.GetRequiredService<LaiChau.Host.Reports.Media.IMediaStore>();
        Assert.Single(store.List());
        world.Host.Clock.Advance(TimeSpan.FromDays(1));
        await world.Host.Services.GetRequiredService<LaiChau.Host.Workflows.Timers.IMediaRetentionHook>().PurgeAsync(world.Host.Clock.GetUtcNow(), default);
        Assert.Empty(store.List());
    }

    private Task<ReportWorld> WorldAsync(Action<HostFactory>? configure = null)
    {
        var host = NewHost();
        configure?.Invoke(host);
        return ReportWorld.StartAsync(host);
    }

    internal static Task<HttpResponseMessage> PostAsync(ReportWorld world, string category, params (string, string, byte[])[] files) =>
        world.Public.PostAsync(Requests, MediaSamples.Multipart(ReportWorld.Form(world.Open311Key, f => f["service_code"] = category), files));

    internal static async Task<string> CodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement[0].GetProperty("service_request_id").GetString()!;
    }

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {body}");
        return [.. JsonDocument.Parse(body).RootElement.EnumerateArray().Select(e => e.GetProperty("description").GetString()!)];
    }

    internal static async Task<List<LaiChau.Host.Reports.Media.ReportMediaRow>> MediaRowsAsync(HostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.ReportMedia.AsNoTracking().ToListAsync()).OrderBy(m => m.ReportCode, StringComparer.Ordinal).ThenBy(m => m.Position).ToList();
    }

    private static async Task<int> CountAsync<T>(HostFactory host, Func<AppDbContext, IQueryable<T>> set)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await set(scope.ServiceProvider.GetRequiredService<AppDbContext>()).CountAsync();
    }
}

public sealed class SqliteMediaIntakeTests : MediaIntakeTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMediaIntakeTests : MediaIntakeTests
{
    public PostgresMediaIntakeTests(PostgresDatabase database) => Postgres = database;
}
