using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Reports.Tracking;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Tests.Reports;
using LaiChau.Host.Tests.Reports.Media;
using LaiChau.Testing;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using static LaiChau.Host.Tests.Reports.ReportSteps;

namespace LaiChau.Host.Tests.Web.Citizens;

/// <summary>
/// Issue 17 point 9: the photos recorded with the result reach the reporter — pictures on the tracking page (served
/// with the tracking secret, once the result is given) and in the result letter — never as file ids; the reporter's
/// own photos and other reports' are not served by that route.
/// </summary>
public abstract class ResultPhotoTests : ProviderTestBase
{
    [Fact]
    public async Task R7_1_ResultPhotosAreShownOnTheTrackingPageAndDrawnInTheLetter()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await MediaIntakeTests.CodeAsync(await world.Public.PostAsync("/open311/v2/requests.json",
            MediaSamples.Multipart(ReportWorld.Form(world.Open311Key, f => f.Remove("email")), ("truoc.jpg", "image/jpeg", MediaSamples.Jpeg()))));
        await world.IdleAsync();
        await OkAsync(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));
        await OkAsync(world.CompleteAsync("lan.le", code, "direct", new { instructions = "Xử lý ngay." }));
        await OkAsync(world.CompleteWithFilesAsync("an.nguyen", code, "record-result", new { result = "Đã vá ổ gà." }, ("attachments", "sau.png", Png())));
        var secret = Uri.EscapeDataString(world.Host.Services.GetRequiredService<TrackingLinks>().Secret(code));
        var media = await world.As("soc.officer").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/media");
        var (own, result) = (media[0].GetProperty("id").GetGuid(), media[1].GetProperty("id").GetGuid());
        var citizen = world.Host.CreateClient(apiKey: null);
        var photo = $"/tra-cuu/{code}/anh/{result}?k={secret}";

        var beforeApproval = await citizen.GetAsync(photo);
        await OkAsync(world.CompleteAsync("lan.le", code, "approve-result", new { decision = "approve" }));
        var page = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/tra-cuu/{code}?k={secret}"));
        var served = await citizen.GetAsync(photo);
        var ownPhoto = await citizen.GetAsync($"/tra-cuu/{code}/anh/{own}?k={secret}");
        var wrongSecret = await citizen.GetAsync($"/tra-cuu/{code}/anh/{result}?k={secret[..^4]}AAAA");
        var letter = await citizen.GetByteArrayAsync($"/tra-cuu/{code}?handler=letter&k={secret}");

        Assert.Equal(HttpStatusCode.NotFound, beforeApproval.StatusCode);
        Assert.Contains($"<img src=\"{photo}\"", page, StringComparison.Ordinal);
        Assert.Contains("alt=\"Ảnh kết quả xử lý 1\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(own.ToString(), page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotFound, ownPhoto.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongSecret.StatusCode);
        using var pdf = PdfDocument.Open(letter);
        Assert.Equal(1, pdf.GetPages().Sum(p => p.GetImages().Count()));
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Ảnh 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.ToString(), text, StringComparison.Ordinal);
    }

    private static byte[] Png() => LaiChau.Testing.TestPng.Create();
}

public sealed class SqliteResultPhotoTests : ResultPhotoTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresResultPhotoTests : ResultPhotoTests
{
    public PostgresResultPhotoTests(PostgresDatabase database) => Postgres = database;
}
