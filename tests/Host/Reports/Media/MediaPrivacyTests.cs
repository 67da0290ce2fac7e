using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>
/// R5.5 end to end: HEIC/HEIF stills and MP4/MOV videos sent with GPS position, device and owner come back through
/// every media URL — staff and public — without them, judged by an independent reader and a search of the bytes.
/// </summary>
public abstract class MediaPrivacyTests : ProviderTestBase
{
    [Fact]
    public async Task R5_5_HeicHeifMp4AndMov_AreServedWithoutPositionDeviceOrOwner()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        byte[][] sent = [IsoSamples.Heic(), IsoSamples.Heic("mif1", exifInIdat: true), IsoSamples.Video("isom"), IsoSamples.Video("qt  ")];

        var code = await MediaIntakeTests.CodeAsync(await MediaIntakeTests.PostAsync(world, "khac",
            ("IMG_0001.HEIC", "image/heic", sent[0]), ("IMG_0002.HEIF", "image/heif", sent[1]), ("VID_0003.mp4", "video/mp4", sent[2]), ("IMG_0004.MOV", "video/quicktime", sent[3])));

        var staff = await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/media");
        var links = await world.Public.GetFromJsonAsync<JsonElement>($"/api/v1/public/reports/{code}/media");
        Assert.Equal(["image/heic", "image/heif", "video/mp4", "video/quicktime"], staff.EnumerateArray().Select(m => m.GetProperty("contentType").GetString()));
        for (var i = 0; i < sent.Length; i++)
        {
            var served = await world.As("an.nguyen").GetByteArrayAsync(staff[i].GetProperty("url").GetString());
            var servedPublicly = await world.Public.GetByteArrayAsync(links[i].GetProperty("url").GetString());

            MetadataOracle.AssertNoPositionDeviceOrOwner(served);
            Assert.Equal(served, servedPublicly);
            Assert.Equal(sent[i].Length, served.Length); // overwritten in place: every offset in the file still holds
            Assert.Equal(sent[i].AsSpan().IndexOf(IsoSamples.Picture), served.AsSpan().IndexOf(IsoSamples.Picture));
        }
    }

    [Fact]
    public async Task R5_5_AHeicWhoseBoxesCannotBeFollowed_IsRefused_AndNothingIsStored()
    {
        var world = await ReportWorld.StartAsync(NewHost());

        var response = await MediaIntakeTests.PostAsync(world, "khac", ("anh.heic", "image/heic", IsoSamples.Heic()[..^40]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray());
        Assert.Equal("media: Tệp thứ 1 (anh.heic) có cấu trúc không đọc được, nên không xoá được vị trí GPS và thông tin thiết bị trong tệp; vui lòng gửi tệp gốc chụp từ điện thoại.",
            error.GetProperty("description").GetString());
        Assert.Empty(world.Host.Services.GetRequiredService<IMediaStore>().List());
    }
}

public sealed class SqliteMediaPrivacyTests : MediaPrivacyTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMediaPrivacyTests : MediaPrivacyTests
{
    public PostgresMediaPrivacyTests(PostgresDatabase database) => Postgres = database;
}
